CREATE TYPE "public"."document_format" AS ENUM('docx', 'pdf');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('agreement', 'promise', 'plan', 'followup-report');--> statement-breakpoint
CREATE TABLE "document_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"kind" "document_kind" NOT NULL,
	"format" "document_format" NOT NULL,
	"subject_id" uuid NOT NULL,
	"year" integer,
	"data_version" integer NOT NULL,
	"version_label" text NOT NULL,
	"diarienummer" text DEFAULT '' NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"restricted_to_organisation_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_exports" ADD CONSTRAINT "document_exports_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_exports" ADD CONSTRAINT "document_exports_restricted_to_organisation_id_organisations_id_fk" FOREIGN KEY ("restricted_to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_exports" ADD CONSTRAINT "document_exports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_exports_collaboration_idx" ON "document_exports" USING btree ("collaboration_id","created_at");