CREATE TABLE "career_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"full_name" text DEFAULT '' NOT NULL,
	"sheet_name" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"other_qualifications" text DEFAULT '' NOT NULL,
	"self_pr" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"start_month" text,
	"end_month" text,
	"ongoing" boolean DEFAULT false NOT NULL,
	"company" text DEFAULT '' NOT NULL,
	"company_named" boolean DEFAULT true NOT NULL,
	"company_alias" text DEFAULT '' NOT NULL,
	"employment_type" text,
	"client" text DEFAULT '' NOT NULL,
	"industry" text,
	"team_size" integer,
	"budget_band" text,
	"role" text DEFAULT '' NOT NULL,
	"pmo_type" text,
	"phases" text[] DEFAULT '{}'::text[] NOT NULL,
	"methods" text[] DEFAULT '{}'::text[] NOT NULL,
	"tools" text[] DEFAULT '{}'::text[] NOT NULL,
	"responsibilities" text DEFAULT '' NOT NULL,
	"achievements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"certification_slugs" text[] DEFAULT '{}'::text[] NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"counts_for_pmp" boolean DEFAULT true NOT NULL,
	"pmp_objective" text DEFAULT '' NOT NULL,
	"pmp_role" text DEFAULT '' NOT NULL,
	"pmp_responsibilities" text DEFAULT '' NOT NULL,
	"pmp_deliverables" text DEFAULT '' NOT NULL,
	"pmp_outcome" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "career_projects_start_month_check" CHECK ("career_projects"."start_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "career_projects_end_month_check" CHECK ("career_projects"."end_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "career_projects_period_check" CHECK ("career_projects"."end_month" is null or "career_projects"."start_month" is null or "career_projects"."end_month" >= "career_projects"."start_month"),
	CONSTRAINT "career_projects_team_size_check" CHECK ("career_projects"."team_size" is null or "career_projects"."team_size" between 1 and 100000)
);
--> statement-breakpoint
ALTER TABLE "career_profiles" ADD CONSTRAINT "career_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_projects" ADD CONSTRAINT "career_projects_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "career_projects_user_idx" ON "career_projects" USING btree ("user_id","position");