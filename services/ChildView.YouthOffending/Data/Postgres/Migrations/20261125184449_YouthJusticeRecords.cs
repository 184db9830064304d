using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.YouthOffending.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class YouthJusticeRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "end_date",
                table: "offence_outcomes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "length_months",
                table: "offence_outcomes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "asset_plus_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_date = table.Column<DateOnly>(type: "date", nullable: false),
                    risk_of_serious_harm = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    safety_and_wellbeing = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    likelihood_of_reoffending = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asset_plus_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "yot_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    officer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    team_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    team_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    from_date = table.Column<DateOnly>(type: "date", nullable: false),
                    to_date = table.Column<DateOnly>(type: "date", nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_yot_allocations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "youth_family_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    relationship = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    has_parental_responsibility = table.Column<bool>(type: "boolean", nullable: false),
                    lives_with_child = table.Column<bool>(type: "boolean", nullable: false),
                    telephone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_family_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "youth_interventions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    intervention_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_interventions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asset_plus_assessments_child_local_id",
                table: "asset_plus_assessments",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_yot_allocations_child_local_id",
                table: "yot_allocations",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_yot_allocations_officer_id",
                table: "yot_allocations",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_yot_allocations_team_code",
                table: "yot_allocations",
                column: "team_code");

            migrationBuilder.CreateIndex(
                name: "ix_youth_family_members_child_local_id",
                table: "youth_family_members",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_interventions_child_local_id",
                table: "youth_interventions",
                column: "child_local_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "asset_plus_assessments");

            migrationBuilder.DropTable(
                name: "yot_allocations");

            migrationBuilder.DropTable(
                name: "youth_family_members");

            migrationBuilder.DropTable(
                name: "youth_interventions");

            migrationBuilder.DropColumn(
                name: "end_date",
                table: "offence_outcomes");

            migrationBuilder.DropColumn(
                name: "length_months",
                table: "offence_outcomes");
        }
    }
}
