-- Keyword searches read search_text row by row in sort order (lib/listing-search/queries.ts).
-- Kept inline (compressed when long) it is read with the row instead of from the TOAST table,
-- which halves the cost of that read. Rows are rewritten so existing data follows the new rule.
ALTER TABLE "listings" RESET (toast_tuple_target);--> statement-breakpoint
ALTER TABLE "listings" ALTER COLUMN "search_text" SET STORAGE MAIN;--> statement-breakpoint
UPDATE "listings" SET "search_text" = "search_text" || '';
