using ChildView.ServiceKit.Audit.Postgres;
using ChildView.ServiceKit.Text.Postgres;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.SocialCare.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecordPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "section47_enquiries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "section47_enquiries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "section47_enquiries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "section47_enquiries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "referrals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "referrals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "referrals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "referrals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "looked_after_episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "looked_after_episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "looked_after_episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "looked_after_episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "child_protection_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "child_protection_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "child_protection_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "child_protection_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "child_in_need_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "child_in_need_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "child_in_need_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "child_in_need_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "case_notes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "case_notes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "case_notes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "case_notes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "case_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "case_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "case_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "case_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "care_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "care_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "care_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "care_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_section47_enquiries_child_family_name_folded",
                table: "section47_enquiries",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_section47_enquiries_child_given_name_folded",
                table: "section47_enquiries",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_child_family_name_folded",
                table: "referrals",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_child_given_name_folded",
                table: "referrals",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_looked_after_episodes_child_family_name_folded",
                table: "looked_after_episodes",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_looked_after_episodes_child_given_name_folded",
                table: "looked_after_episodes",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_child_family_name_folded",
                table: "child_protection_plans",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_child_given_name_folded",
                table: "child_protection_plans",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_child_in_need_plans_child_family_name_folded",
                table: "child_in_need_plans",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_child_in_need_plans_child_given_name_folded",
                table: "child_in_need_plans",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_child_family_name_folded",
                table: "case_notes",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_child_given_name_folded",
                table: "case_notes",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_case_allocations_child_family_name_folded",
                table: "case_allocations",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_case_allocations_child_given_name_folded",
                table: "case_allocations",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_care_family_members_child_family_name_folded",
                table: "care_family_members",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_care_family_members_child_given_name_folded",
                table: "care_family_members",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_child_family_name_folded",
                table: "assessments",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_child_given_name_folded",
                table: "assessments",
                column: "child_given_name_folded");

            migrationBuilder.Sql(NameFoldingSql.Backfill("assessments"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("care_family_members"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("case_allocations"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("case_notes"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("child_in_need_plans"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("child_protection_plans"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("looked_after_episodes"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("referrals"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("section47_enquiries"));
            migrationBuilder.Sql(ServiceAuditSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ServiceAuditSql.Drop);

            migrationBuilder.DropIndex(
                name: "ix_section47_enquiries_child_family_name_folded",
                table: "section47_enquiries");

            migrationBuilder.DropIndex(
                name: "ix_section47_enquiries_child_given_name_folded",
                table: "section47_enquiries");

            migrationBuilder.DropIndex(
                name: "ix_referrals_child_family_name_folded",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_referrals_child_given_name_folded",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_looked_after_episodes_child_family_name_folded",
                table: "looked_after_episodes");

            migrationBuilder.DropIndex(
                name: "ix_looked_after_episodes_child_given_name_folded",
                table: "looked_after_episodes");

            migrationBuilder.DropIndex(
                name: "ix_child_protection_plans_child_family_name_folded",
                table: "child_protection_plans");

            migrationBuilder.DropIndex(
                name: "ix_child_protection_plans_child_given_name_folded",
                table: "child_protection_plans");

            migrationBuilder.DropIndex(
                name: "ix_child_in_need_plans_child_family_name_folded",
                table: "child_in_need_plans");

            migrationBuilder.DropIndex(
                name: "ix_child_in_need_plans_child_given_name_folded",
                table: "child_in_need_plans");

            migrationBuilder.DropIndex(
                name: "ix_case_notes_child_family_name_folded",
                table: "case_notes");

            migrationBuilder.DropIndex(
                name: "ix_case_notes_child_given_name_folded",
                table: "case_notes");

            migrationBuilder.DropIndex(
                name: "ix_case_allocations_child_family_name_folded",
                table: "case_allocations");

            migrationBuilder.DropIndex(
                name: "ix_case_allocations_child_given_name_folded",
                table: "case_allocations");

            migrationBuilder.DropIndex(
                name: "ix_care_family_members_child_family_name_folded",
                table: "care_family_members");

            migrationBuilder.DropIndex(
                name: "ix_care_family_members_child_given_name_folded",
                table: "care_family_members");

            migrationBuilder.DropIndex(
                name: "ix_assessments_child_family_name_folded",
                table: "assessments");

            migrationBuilder.DropIndex(
                name: "ix_assessments_child_given_name_folded",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "section47_enquiries");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "section47_enquiries");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "section47_enquiries");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "section47_enquiries");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "looked_after_episodes");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "looked_after_episodes");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "looked_after_episodes");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "looked_after_episodes");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "child_protection_plans");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "child_protection_plans");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "child_protection_plans");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "child_protection_plans");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "child_in_need_plans");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "child_in_need_plans");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "child_in_need_plans");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "child_in_need_plans");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "case_notes");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "case_notes");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "case_notes");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "case_notes");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "case_allocations");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "case_allocations");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "case_allocations");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "case_allocations");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "care_family_members");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "care_family_members");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "care_family_members");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "care_family_members");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "assessments");
        }
    }
}
