ALTER TABLE "indicator_values" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "problem_causes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "problem_causes" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;