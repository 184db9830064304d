using ChildView.ServiceKit.Audit.Postgres;
using ChildView.ServiceKit.Text.Postgres;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.YouthOffending.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecordPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "youth_interventions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "youth_interventions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "youth_interventions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "youth_interventions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "youth_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "youth_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "youth_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "youth_family_members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "yot_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "yot_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "yot_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "yot_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "offence_outcomes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "offence_outcomes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "offence_outcomes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "offence_outcomes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_family_name_folded",
                table: "asset_plus_assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "child_given_name_folded",
                table: "asset_plus_assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "asset_plus_assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "asset_plus_assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_youth_interventions_child_family_name_folded",
                table: "youth_interventions",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_youth_interventions_child_given_name_folded",
                table: "youth_interventions",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_youth_family_members_child_family_name_folded",
                table: "youth_family_members",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_youth_family_members_child_given_name_folded",
                table: "youth_family_members",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_yot_allocations_child_family_name_folded",
                table: "yot_allocations",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_yot_allocations_child_given_name_folded",
                table: "yot_allocations",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_offence_outcomes_child_family_name_folded",
                table: "offence_outcomes",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_offence_outcomes_child_given_name_folded",
                table: "offence_outcomes",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_asset_plus_assessments_child_family_name_folded",
                table: "asset_plus_assessments",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_asset_plus_assessments_child_given_name_folded",
                table: "asset_plus_assessments",
                column: "child_given_name_folded");

            migrationBuilder.Sql(NameFoldingSql.Backfill("asset_plus_assessments"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("offence_outcomes"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("yot_allocations"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("youth_family_members"));
            migrationBuilder.Sql(NameFoldingSql.Backfill("youth_interventions"));
            migrationBuilder.Sql(ServiceAuditSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ServiceAuditSql.Drop);

            migrationBuilder.DropIndex(
                name: "ix_youth_interventions_child_family_name_folded",
                table: "youth_interventions");

            migrationBuilder.DropIndex(
                name: "ix_youth_interventions_child_given_name_folded",
                table: "youth_interventions");

            migrationBuilder.DropIndex(
                name: "ix_youth_family_members_child_family_name_folded",
                table: "youth_family_members");

            migrationBuilder.DropIndex(
                name: "ix_youth_family_members_child_given_name_folded",
                table: "youth_family_members");

            migrationBuilder.DropIndex(
                name: "ix_yot_allocations_child_family_name_folded",
                table: "yot_allocations");

            migrationBuilder.DropIndex(
                name: "ix_yot_allocations_child_given_name_folded",
                table: "yot_allocations");

            migrationBuilder.DropIndex(
                name: "ix_offence_outcomes_child_family_name_folded",
                table: "offence_outcomes");

            migrationBuilder.DropIndex(
                name: "ix_offence_outcomes_child_given_name_folded",
                table: "offence_outcomes");

            migrationBuilder.DropIndex(
                name: "ix_asset_plus_assessments_child_family_name_folded",
                table: "asset_plus_assessments");

            migrationBuilder.DropIndex(
                name: "ix_asset_plus_assessments_child_given_name_folded",
                table: "asset_plus_assessments");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "youth_interventions");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "youth_interventions");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "youth_interventions");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "youth_interventions");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "youth_family_members");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "youth_family_members");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "youth_family_members");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "youth_family_members");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "yot_allocations");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "yot_allocations");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "yot_allocations");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "yot_allocations");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "offence_outcomes");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "offence_outcomes");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "offence_outcomes");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "offence_outcomes");

            migrationBuilder.DropColumn(
                name: "child_family_name_folded",
                table: "asset_plus_assessments");

            migrationBuilder.DropColumn(
                name: "child_given_name_folded",
                table: "asset_plus_assessments");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "asset_plus_assessments");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "asset_plus_assessments");
        }
    }
}
