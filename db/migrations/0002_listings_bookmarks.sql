CREATE TABLE "listing_revision" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "listing_revision_single_row" CHECK ("listing_revision"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"source" text NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"company" text NOT NULL,
	"description" text NOT NULL,
	"employment_type" text NOT NULL,
	"pmo_type" text NOT NULL,
	"level" text NOT NULL,
	"industry" text NOT NULL,
	"work_style" text NOT NULL,
	"prefecture" text NOT NULL,
	"pay_unit" text NOT NULL,
	"pay_min" integer NOT NULL,
	"pay_max" integer NOT NULL,
	"pay_annual_max" integer NOT NULL,
	"days_per_week" smallint NOT NULL,
	"required_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferred_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"certifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"posted_on" date NOT NULL,
	"closes_on" date,
	"is_open" boolean DEFAULT true NOT NULL,
	"search_text" text NOT NULL,
	"search_bigrams" text[] NOT NULL,
	"filter_tokens" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listings_externalId_unique" UNIQUE("external_id"),
	CONSTRAINT "listings_pay_range_check" CHECK ("listings"."pay_min" >= 0 and "listings"."pay_max" >= "listings"."pay_min"),
	CONSTRAINT "listings_days_check" CHECK ("listings"."days_per_week" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "bookmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"listing_id" uuid NOT NULL,
	"status" text DEFAULT 'saved' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status_history" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookmarks_user_listing_unique" UNIQUE("user_id","listing_id")
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listings_search_idx" ON "listings" USING gin ("search_bigrams","filter_tokens");--> statement-breakpoint
CREATE INDEX "listings_open_posted_idx" ON "listings" USING btree ("posted_on" DESC NULLS FIRST,"id") WHERE "listings"."is_open";--> statement-breakpoint
CREATE INDEX "listings_open_pay_idx" ON "listings" USING btree ("pay_annual_max" DESC NULLS FIRST,"id") WHERE "listings"."is_open";--> statement-breakpoint
CREATE INDEX "listings_created_idx" ON "listings" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "bookmarks_listing_idx" ON "bookmarks" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "saved_searches_user_idx" ON "saved_searches" USING btree ("user_id");--> statement-breakpoint
-- Keep the heap narrow: long text and the bigram array go out of line (TOAST), so scans and sorts
-- read small rows; the filter tokens, checked row by row, always stay inline.
ALTER TABLE "listings" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "listings" ALTER COLUMN "filter_tokens" SET STORAGE PLAIN;
