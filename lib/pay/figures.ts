import { z } from "zod";
import data from "@/content/data/pay.json";
import { isoDate, sourceSchema } from "@/lib/content/sources";
import { formatJapaneseDate } from "@/lib/site/dates";

const figureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    label: z.string().min(4),
    kind: z.enum(["salary", "rate"]),
    status: z.enum(["verified", "unverified"]),
    value: z.string().min(2).nullable(),
    asOf: isoDate.nullable(),
    standIn: z.string().min(10).nullable(),
    source: sourceSchema.nullable(),
    searched: isoDate.optional(),
  })
  .strict()
  .refine((figure) => figure.status === "unverified" || (figure.value && figure.source && figure.asOf), {
    message: "a verified figure has a value, a source and the date it describes",
  })
  .refine((figure) => figure.status === "verified" || (figure.value === null && figure.searched), {
    message: "an unverified figure prints no number and says when it was searched for",
  });

export type PayFigure = z.infer<typeof figureSchema>;

/** content/data/pay.json, validated once: the only place a pay figure is written down. */
export const payFigures: PayFigure[] = z.object({ note: z.string(), figures: z.array(figureSchema) }).strict().parse(data).figures;

export const payFigureIds = payFigures.map((figure) => figure.id) as [string, ...string[]];

export function getPayFigure(id: string): PayFigure | null {
  return payFigures.find((figure) => figure.id === id) ?? null;
}

/** The sentence a reader sees for a figure: the value with its source and dates, or a plain statement that it is unverified. */
export function payFigureText(figure: PayFigure): string {
  if (figure.status === "verified" && figure.value && figure.source && figure.asOf) {
    return `${figure.value}（出典：[${figure.source.label}](${figure.source.url})、${formatJapaneseDate(figure.asOf)}時点の公開値、${formatJapaneseDate(figure.source.checked)}確認）`;
  }
  return `未確認：${figure.label}は、発行元のページで確認できませんでした（${formatJapaneseDate(figure.searched ?? "")}時点）`;
}

const placeholder = /\{\{pay:([a-z0-9-]+)\}\}/g;

/** The ids a Markdown text cites as {{pay:<id>}}. */
export function citedPayFigureIds(markdown: string): string[] {
  return [...markdown.matchAll(placeholder)].map((match) => match[1]!);
}

/** Replaces every {{pay:<id>}} with the figure's text; an unknown id fails the build. */
export function resolvePayFigures(markdown: string, file: string): string {
  return markdown.replace(placeholder, (_, id: string) => {
    const figure = getPayFigure(id);
    if (!figure) throw new Error(`Unknown pay figure {{pay:${id}}} in ${file} (see content/data/pay.json)`);
    return payFigureText(figure);
  });
}
