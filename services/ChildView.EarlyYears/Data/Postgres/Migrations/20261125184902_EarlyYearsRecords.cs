using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.EarlyYears.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EarlyYearsRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "end_date",
                table: "setting_registrations",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "developmental_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    check_date = table.Column<DateOnly>(type: "date", nullable: false),
                    communication = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    gross_motor = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    fine_motor = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    problem_solving = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    personal_social = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
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
                    table.PrimaryKey("pk_developmental_checks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "early_help_episodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_date = table.Column<DateOnly>(type: "date", nullable: false),
                    consent_date = table.Column<DateOnly>(type: "date", nullable: false),
                    lead_practitioner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    lead_agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    taf_plan_date = table.Column<DateOnly>(type: "date", nullable: true),
                    closure_date = table.Column<DateOnly>(type: "date", nullable: true),
                    closure_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
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
                    table.PrimaryKey("pk_early_help_episodes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "early_years_family_members",
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
                    table.PrimaryKey("pk_early_years_family_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funded_entitlements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entitlement_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    basis = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    eligibility_code = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
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
                    table.PrimaryKey("pk_funded_entitlements", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_setting_registrations_provider_urn",
                table: "setting_registrations",
                column: "provider_urn");

            migrationBuilder.CreateIndex(
                name: "ix_developmental_checks_child_local_id",
                table: "developmental_checks",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_early_help_episodes_child_local_id",
                table: "early_help_episodes",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_early_years_family_members_child_local_id",
                table: "early_years_family_members",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_funded_entitlements_child_local_id",
                table: "funded_entitlements",
                column: "child_local_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "developmental_checks");

            migrationBuilder.DropTable(
                name: "early_help_episodes");

            migrationBuilder.DropTable(
                name: "early_years_family_members");

            migrationBuilder.DropTable(
                name: "funded_entitlements");

            migrationBuilder.DropIndex(
                name: "ix_setting_registrations_provider_urn",
                table: "setting_registrations");

            migrationBuilder.DropColumn(
                name: "end_date",
                table: "setting_registrations");
        }
    }
}
