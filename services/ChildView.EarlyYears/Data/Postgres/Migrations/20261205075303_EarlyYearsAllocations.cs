using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.EarlyYears.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EarlyYearsAllocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "early_years_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    practitioner_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    practitioner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    team_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    team_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    from_date = table.Column<DateOnly>(type: "date", nullable: false),
                    to_date = table.Column<DateOnly>(type: "date", nullable: true),
                    allocated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_given_name_folded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    child_family_name_folded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
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
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_early_years_allocations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_early_years_allocations_child_family_name_folded",
                table: "early_years_allocations",
                column: "child_family_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_early_years_allocations_child_given_name_folded",
                table: "early_years_allocations",
                column: "child_given_name_folded");

            migrationBuilder.CreateIndex(
                name: "ix_early_years_allocations_child_local_id",
                table: "early_years_allocations",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_early_years_allocations_practitioner_id",
                table: "early_years_allocations",
                column: "practitioner_id");

            migrationBuilder.CreateIndex(
                name: "ix_early_years_allocations_team_code",
                table: "early_years_allocations",
                column: "team_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "early_years_allocations");
        }
    }
}
