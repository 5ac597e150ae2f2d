export * from "./users";
export * from "./rate-limits";
export * from "./self-check";
export * from "./listings";
export * from "./bookmarks";
