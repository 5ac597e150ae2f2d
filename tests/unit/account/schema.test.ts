import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/validated-action";
import { emailSchema, signUpSchema } from "@/lib/account/schema";

describe("sign-up validation", () => {
  const valid = { name: "山田 太郎", email: "taro@example.com", password: "risk-kanri-2026" };

  it("trims and lower-cases the e-mail", () => {
    expect(emailSchema.parse("  Taro.Yamada@Example.JP ")).toBe("taro.yamada@example.jp");
  });

  it("accepts a reasonable account", () => {
    expect(signUpSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ["a password shorter than 8 characters", { password: "abc1234" }, "password", "8文字以上"],
    ["a common password", { password: "Password123" }, "password", "よく使われて"],
    ["a common password in digits", { password: "12345678" }, "password", "よく使われて"],
    ["a malformed e-mail", { email: "taro@" }, "email", "形式が正しくありません"],
    ["an empty e-mail", { email: "   " }, "email", "メールアドレスを入力"],
    ["an empty name", { name: "  " }, "name", "お名前を入力"],
    ["a name over 50 characters", { name: "あ".repeat(51) }, "name", "50文字以内"],
  ])("refuses %s with a Japanese message on that field", (_, override, field, message) => {
    const result = signUpSchema.safeParse({ ...valid, ...override });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)[field]).toContain(message);
  });

  it("refuses fields of the wrong type instead of throwing", () => {
    const result = signUpSchema.safeParse({ name: ["x"], email: 42, password: null });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual(["email", "name", "password"]);
  });
});
