using ChildView.ServiceKit.Audit.Postgres;
using ChildView.ServiceKit.Text.Postgres;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.EarlyYears.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecordPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "setting_registrations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "setting_registrations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "setting_registrations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "setting_registrations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "funded_entitlements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "funded_entitlements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "funded_entitlements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "funded_entitlements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "early_years_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "early_years_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "early_years_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "early_years_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "early_help_episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "early_help_episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "early_help_episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "early_help_episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "developmental_checks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "developmental_checks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "developmental_checks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "developmental_checks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_setting_registrations_child_family_name_folded",
                table: "setting_registrations",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_setting_registrations_child_given_name_folded",
                table: "setting_registrations",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_funded_entitlements_child_family_name_folded",
                table: "funded_entitlements",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_funded_entitlements_child_given_name_folded",
                table: "funded_entitlements",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_early_years_family_members_child_family_name_folded",
                table: "early_years_family_members",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_early_years_family_members_child_given_name_folded",
                table: "early_years_family_members",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_early_help_episodes_child_family_name_folded",
                table: "early_help_episodes",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_early_help_episodes_child_given_name_folded",
                table: "early_help_episodes",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_developmental_checks_child_family_name_folded",
                table: "developmental_checks",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_developmental_checks_child_given_name_folded",
                table: "developmental_checks",
                column: "child_given_name_folded");

            migrationBuilder.Sql(NameFoldingSql.Backfill("developmental_checks"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("early_help_episodes"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("early_years_family_members"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("funded_entitlements"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("setting_registrations"));
            migrationBuilder.Sql(ServiceAuditSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ServiceAuditSql.Drop);

            migrationBuilder.DropIndex(
                name: "ix_setting_registrations_child_family_name_folded",
                table: "setting_registrations");

            migrationBuilder.DropIndex(
                name: "ix_setting_registrations_child_given_name_folded",
                table: "setting_registrations");

            migrationBuilder.DropIndex(
                name: "ix_funded_entitlements_child_family_name_folded",
                table: "funded_entitlements");

            migrationBuilder.DropIndex(
                name: "ix_funded_entitlements_child_given_name_folded",
                table: "funded_entitlements");

            migrationBuilder.DropIndex(
                name: "ix_early_years_family_members_child_family_name_folded",
                table: "early_years_family_members");

            migrationBuilder.DropIndex(
                name: "ix_early_years_family_members_child_given_name_folded",
                table: "early_years_family_members");

            migrationBuilder.DropIndex(
                name: "ix_early_help_episodes_child_family_name_folded",
                table: "early_help_episodes");

            migrationBuilder.DropIndex(
                name: "ix_early_help_episodes_child_given_name_folded",
                table: "early_help_episodes");

            migrationBuilder.DropIndex(
                name: "ix_developmental_checks_child_family_name_folded",
                table: "developmental_checks");

            migrationBuilder.DropIndex(
                name: "ix_developmental_checks_child_given_name_folded",
                table: "developmental_checks");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "setting_registrations");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "setting_registrations");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "setting_registrations");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "setting_registrations");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "funded_entitlements");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "funded_entitlements");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "funded_entitlements");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "funded_entitlements");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "early_years_family_members");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "early_years_family_members");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "early_years_family_members");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "early_years_family_members");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "early_help_episodes");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "early_help_episodes");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "early_help_episodes");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "early_help_episodes");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "developmental_checks");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "developmental_checks");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "developmental_checks");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "developmental_checks");
        }
    }
}
