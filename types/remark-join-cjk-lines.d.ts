declare module "remark-join-cjk-lines" {
  import type { Plugin } from "unified";
  import type { Root } from "mdast";
  const remarkJoinCjkLines: Plugin<[], Root>;
  export default remarkJoinCjkLines;
}
