CREATE TYPE "public"."cause_kind" AS ENUM('cause', 'risk_factor', 'protective_factor');--> statement-breakpoint
CREATE TYPE "public"."dialogue_kind" AS ENUM('citizen', 'staff');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('increase', 'decrease', 'maintain');--> statement-breakpoint
CREATE TYPE "public"."indicator_source" AS ENUM('manual', 'kolada', 'bra', 'survey', 'activity_count');--> statement-breakpoint
CREATE TYPE "public"."observation_status" AS ENUM('open', 'in_progress', 'done', 'declined');--> statement-breakpoint
CREATE TYPE "public"."problem_priority" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TABLE "incident_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"time_of_day" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"place" text NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"reported_by" text DEFAULT '' NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"direction" "indicator_direction" NOT NULL,
	"source" "indicator_source" NOT NULL,
	"source_series" text,
	"source_area_code" text,
	"source_area" text DEFAULT '' NOT NULL,
	"source_dimension" text DEFAULT '' NOT NULL,
	"per_100k" boolean DEFAULT false NOT NULL,
	"activity_id" uuid,
	"focus_area_id" uuid,
	"baseline_value" double precision,
	"baseline_period" text,
	"target_value" double precision,
	"target_period" text,
	"tolerance" double precision,
	"adopted_on" date,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_activities" (
	"collaboration_id" uuid NOT NULL,
	"problem_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"cause_id" uuid,
	CONSTRAINT "problem_activities_problem_id_activity_id_pk" PRIMARY KEY("problem_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "problem_causes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"problem_id" uuid NOT NULL,
	"kind" "cause_kind" NOT NULL,
	"description" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_indicators" (
	"collaboration_id" uuid NOT NULL,
	"problem_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	CONSTRAINT "problem_indicators_problem_id_indicator_id_pk" PRIMARY KEY("problem_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"report_id" uuid,
	"focus_area_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"priority" "problem_priority" DEFAULT 'medium' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_walk_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"walk_id" uuid NOT NULL,
	"place" text NOT NULL,
	"problem" text NOT NULL,
	"proposed_action" text DEFAULT '' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"owner_organisation_id" uuid,
	"status" "observation_status" DEFAULT 'open' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_walks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"walked_on" date NOT NULL,
	"area" text NOT NULL,
	"participants_count" integer,
	"organisations" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_dialogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"kind" "dialogue_kind" NOT NULL,
	"held_on" date NOT NULL,
	"method" text NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"participants_count" integer,
	"notes" text DEFAULT '' NOT NULL,
	"outcomes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"adopted_on" date NOT NULL,
	"adopted_by_group_id" uuid,
	"snapshot" jsonb NOT NULL,
	"adopted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"mapping_text" text DEFAULT '' NOT NULL,
	"other_text" text DEFAULT '' NOT NULL,
	"analysis_text" text DEFAULT '' NOT NULL,
	"chart_series" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"comparison_area_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"adopted" boolean DEFAULT false NOT NULL,
	"adopted_on" date,
	"adopted_by_group_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "situation_report_id" uuid;--> statement-breakpoint
ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_report_id_situation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."situation_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_activities" ADD CONSTRAINT "problem_activities_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_activities" ADD CONSTRAINT "problem_activities_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_activities" ADD CONSTRAINT "problem_activities_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_activities" ADD CONSTRAINT "problem_activities_cause_id_problem_causes_id_fk" FOREIGN KEY ("cause_id") REFERENCES "public"."problem_causes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_causes" ADD CONSTRAINT "problem_causes_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_causes" ADD CONSTRAINT "problem_causes_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_indicators" ADD CONSTRAINT "problem_indicators_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_indicators" ADD CONSTRAINT "problem_indicators_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_indicators" ADD CONSTRAINT "problem_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_report_id_situation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."situation_reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_walk_observations" ADD CONSTRAINT "safety_walk_observations_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_walk_observations" ADD CONSTRAINT "safety_walk_observations_walk_id_safety_walks_id_fk" FOREIGN KEY ("walk_id") REFERENCES "public"."safety_walks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_walk_observations" ADD CONSTRAINT "safety_walk_observations_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_walks" ADD CONSTRAINT "safety_walks_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_walks" ADD CONSTRAINT "safety_walks_report_id_situation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."situation_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_dialogues" ADD CONSTRAINT "situation_dialogues_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_dialogues" ADD CONSTRAINT "situation_dialogues_report_id_situation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."situation_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_report_versions" ADD CONSTRAINT "situation_report_versions_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_report_versions" ADD CONSTRAINT "situation_report_versions_report_id_situation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."situation_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_report_versions" ADD CONSTRAINT "situation_report_versions_adopted_by_group_id_groups_id_fk" FOREIGN KEY ("adopted_by_group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_report_versions" ADD CONSTRAINT "situation_report_versions_adopted_by_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_reports" ADD CONSTRAINT "situation_reports_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_reports" ADD CONSTRAINT "situation_reports_adopted_by_group_id_groups_id_fk" FOREIGN KEY ("adopted_by_group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_reports_report_idx" ON "incident_reports" USING btree ("report_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_period_key" ON "indicator_values" USING btree ("indicator_id","period");--> statement-breakpoint
CREATE INDEX "indicators_collaboration_idx" ON "indicators" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "problem_causes_problem_idx" ON "problem_causes" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "problems_collaboration_idx" ON "problems" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "safety_walk_observations_walk_idx" ON "safety_walk_observations" USING btree ("walk_id");--> statement-breakpoint
CREATE INDEX "safety_walks_report_idx" ON "safety_walks" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "situation_dialogues_report_idx" ON "situation_dialogues" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "situation_report_versions_number_key" ON "situation_report_versions" USING btree ("report_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "situation_reports_year_key" ON "situation_reports" USING btree ("collaboration_id","year");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_situation_report_id_situation_reports_id_fk" FOREIGN KEY ("situation_report_id") REFERENCES "public"."situation_reports"("id") ON DELETE set null ON UPDATE no action;