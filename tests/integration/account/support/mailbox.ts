import { listOutbox } from "@/lib/mail/queries";

/** The token of the newest link to `path` mailed to `to`, as the recipient would click it. */
export async function tokenFromMail(to: string, path: string): Promise<string> {
  const mail = (await listOutbox(200)).find((entry) => entry.to === to && entry.body.includes(path));
  const token = mail && new RegExp(`${path.replace(/[/?]/g, "\\$&")}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.body)?.[1];
  if (!token) throw new Error(`no mail to ${to} with a link to ${path}`);
  return token;
}

export async function mailsTo(to: string) {
  return (await listOutbox(200)).filter((entry) => entry.to === to);
}
