ALTER TABLE "sessions" ADD COLUMN "identity_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "identity_token_hash" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "identity_token_expires_at" timestamp with time zone;