CREATE TABLE "self_check_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"answers" text NOT NULL,
	"suitability" integer NOT NULL,
	"best_type" text NOT NULL,
	"type_scores" jsonb NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "self_check_results" ADD CONSTRAINT "self_check_results_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_check_results_user_taken_idx" ON "self_check_results" USING btree ("user_id","taken_at");