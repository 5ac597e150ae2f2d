export * from "./users";
export * from "./rate-limits";
export * from "./self-check";
export * from "./listings";
export * from "./bookmarks";
export * from "./plans";
export * from "./certification-tracking";
export * from "./account-lifecycle";
