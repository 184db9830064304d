using ChildView.ServiceKit.Audit.Postgres;
using ChildView.ServiceKit.Text.Postgres;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.Education.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecordPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "sen_provisions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "sen_provisions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "sen_provisions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "sen_provisions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "pupils",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "pupils",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "pupils",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "pupils",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "pupil_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "pupil_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "pupil_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "pupil_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "free_school_meals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "free_school_meals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "free_school_meals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "free_school_meals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "exclusions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "exclusions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "exclusions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "exclusions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "enrolments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "enrolments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "enrolments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "enrolments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "attendance_summaries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "attendance_summaries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "attendance_summaries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "attendance_summaries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_sen_provisions_child_family_name_folded",
                table: "sen_provisions",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_sen_provisions_child_given_name_folded",
                table: "sen_provisions",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_pupils_child_family_name_folded",
                table: "pupils",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_pupils_child_given_name_folded",
                table: "pupils",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_family_members_child_family_name_folded",
                table: "pupil_family_members",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_family_members_child_given_name_folded",
                table: "pupil_family_members",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_free_school_meals_child_family_name_folded",
                table: "free_school_meals",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_free_school_meals_child_given_name_folded",
                table: "free_school_meals",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_exclusions_child_family_name_folded",
                table: "exclusions",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_exclusions_child_given_name_folded",
                table: "exclusions",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_child_family_name_folded",
                table: "enrolments",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_child_given_name_folded",
                table: "enrolments",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_summaries_child_family_name_folded",
                table: "attendance_summaries",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_summaries_child_given_name_folded",
                table: "attendance_summaries",
                column: "child_given_name_folded");

            migrationBuilder.Sql(NameFoldingSql.Backfill("attendance_summaries"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("enrolments"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("exclusions"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("free_school_meals"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("pupil_family_members"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("pupils"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("sen_provisions"));
            migrationBuilder.Sql(ServiceAuditSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ServiceAuditSql.Drop);

            migrationBuilder.DropIndex(
                name: "ix_sen_provisions_child_family_name_folded",
                table: "sen_provisions");

            migrationBuilder.DropIndex(
                name: "ix_sen_provisions_child_given_name_folded",
                table: "sen_provisions");

            migrationBuilder.DropIndex(
                name: "ix_pupils_child_family_name_folded",
                table: "pupils");

            migrationBuilder.DropIndex(
                name: "ix_pupils_child_given_name_folded",
                table: "pupils");

            migrationBuilder.DropIndex(
                name: "ix_pupil_family_members_child_family_name_folded",
                table: "pupil_family_members");

            migrationBuilder.DropIndex(
                name: "ix_pupil_family_members_child_given_name_folded",
                table: "pupil_family_members");

            migrationBuilder.DropIndex(
                name: "ix_free_school_meals_child_family_name_folded",
                table: "free_school_meals");

            migrationBuilder.DropIndex(
                name: "ix_free_school_meals_child_given_name_folded",
                table: "free_school_meals");

            migrationBuilder.DropIndex(
                name: "ix_exclusions_child_family_name_folded",
                table: "exclusions");

            migrationBuilder.DropIndex(
                name: "ix_exclusions_child_given_name_folded",
                table: "exclusions");

            migrationBuilder.DropIndex(
                name: "ix_enrolments_child_family_name_folded",
                table: "enrolments");

            migrationBuilder.DropIndex(
                name: "ix_enrolments_child_given_name_folded",
                table: "enrolments");

            migrationBuilder.DropIndex(
                name: "ix_attendance_summaries_child_family_name_folded",
                table: "attendance_summaries");

            migrationBuilder.DropIndex(
                name: "ix_attendance_summaries_child_given_name_folded",
                table: "attendance_summaries");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "sen_provisions");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "sen_provisions");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "sen_provisions");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "sen_provisions");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "pupils");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "pupils");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "pupils");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "pupils");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "pupil_family_members");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "pupil_family_members");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "pupil_family_members");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "pupil_family_members");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "free_school_meals");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "free_school_meals");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "free_school_meals");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "free_school_meals");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "exclusions");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "exclusions");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "exclusions");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "exclusions");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "enrolments");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "enrolments");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "enrolments");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "enrolments");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "attendance_summaries");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "attendance_summaries");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "attendance_summaries");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "attendance_summaries");
        }
    }
}
