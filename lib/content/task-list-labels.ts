import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

const isCheckbox = (node: Element) => node.tagName === "input" && node.properties.type === "checkbox";

/**
 * GFM task lists (`- [ ] item`) become disabled checkboxes with no label, which screen readers
 * announce as bare "checkbox" and axe reports as a serious error. Each one is named by its item's text.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, "element", (item: Element) => {
      if (item.tagName !== "li") return;
      let checkbox: Element | undefined;
      visit(item, "element", (node: Element) => {
        if (!checkbox && isCheckbox(node)) checkbox = node;
      });
      if (!checkbox) return;
      const label = toString(item).trim();
      if (label) checkbox.properties.ariaLabel = label;
    });
  };
}
