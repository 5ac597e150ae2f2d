-- Keyword counts are estimated from the frequency of each word's rarest bigram
-- (lib/listing-search/queries.ts). The default statistics keep too few bigrams for
-- Latin words such as "sap" to appear; a larger sample keeps a few thousand.
ALTER TABLE "listings" ALTER COLUMN "search_bigrams" SET STATISTICS 1000;--> statement-breakpoint
ANALYZE "listings";
