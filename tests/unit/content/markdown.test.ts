import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

describe("task lists", () => {
  it("names each checkbox by its item's text", async () => {
    const { html } = await renderMarkdown("- [ ] 資金を用意している\n- [x] 就業規則を確認した\n");
    expect(html).toContain('aria-label="資金を用意している"');
    expect(html).toContain('aria-label="就業規則を確認した"');
    expect(html.match(/<input/g)).toHaveLength(2);
  });

  it("names checkboxes in loose lists, whose items are paragraphs", async () => {
    const { html } = await renderMarkdown("- [ ] 一つ目\n\n- [ ] 二つ目\n");
    expect(html).toContain('aria-label="一つ目"');
    expect(html).toContain('aria-label="二つ目"');
  });

  it("leaves ordinary lists alone", async () => {
    const { html } = await renderMarkdown("- 項目\n");
    expect(html).not.toContain("aria-label");
  });
});
