CREATE TYPE "public"."statistic_source" AS ENUM('kolada', 'bra', 'survey', 'population');--> statement-breakpoint
CREATE TABLE "police_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"url" text,
	"location_name" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"area_code" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistic_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"source" "statistic_source" NOT NULL,
	"series" text NOT NULL,
	"area_code" text NOT NULL,
	"area" text NOT NULL,
	"period" text NOT NULL,
	"dimension" text DEFAULT '' NOT NULL,
	"value" double precision,
	"status" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "police_events" ADD CONSTRAINT "police_events_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistic_values" ADD CONSTRAINT "statistic_values_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "police_events_key" ON "police_events" USING btree ("collaboration_id","external_id");--> statement-breakpoint
CREATE INDEX "police_events_time_idx" ON "police_events" USING btree ("collaboration_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "statistic_values_key" ON "statistic_values" USING btree ("collaboration_id","source","series","area_code","area","period","dimension");