using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Households : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "child_address_line1",
                table: "service_records",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_postcode",
                table: "service_records",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "child_town",
                table: "service_records",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "child_families",
                columns: table => new
                {
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    family_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_key = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_families", x => x.child_id);
                });

            migrationBuilder.CreateTable(
                name: "child_relatives",
                columns: table => new
                {
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_system = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    relationship = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    parental_responsibility = table.Column<bool>(type: "boolean", nullable: false),
                    person_key = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: true),
                    household_key = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_relatives", x => new { x.child_id, x.source_system, x.record_id });
                });

            migrationBuilder.CreateTable(
                name: "family_links",
                columns: table => new
                {
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    related_child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    relationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    basis = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_family_links", x => new { x.child_id, x.related_child_id });
                });

            migrationBuilder.CreateTable(
                name: "household_memberships",
                columns: table => new
                {
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    household_key = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    from_date = table.Column<DateOnly>(type: "date", nullable: true),
                    to_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_memberships", x => new { x.child_id, x.ordinal });
                });

            migrationBuilder.CreateIndex(
                name: "ix_child_families_family_id",
                table: "child_families",
                column: "family_id");

            migrationBuilder.CreateIndex(
                name: "ix_child_families_person_key",
                table: "child_families",
                column: "person_key");

            migrationBuilder.CreateIndex(
                name: "ix_child_relatives_person_key",
                table: "child_relatives",
                column: "person_key");

            migrationBuilder.CreateIndex(
                name: "ix_family_links_related_child_id",
                table: "family_links",
                column: "related_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_household_memberships_household_key",
                table: "household_memberships",
                column: "household_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "child_families");

            migrationBuilder.DropTable(
                name: "child_relatives");

            migrationBuilder.DropTable(
                name: "family_links");

            migrationBuilder.DropTable(
                name: "household_memberships");

            migrationBuilder.DropColumn(
                name: "child_address_line1",
                table: "service_records");

            migrationBuilder.DropColumn(
                name: "child_postcode",
                table: "service_records");

            migrationBuilder.DropColumn(
                name: "child_town",
                table: "service_records");
        }
    }
}
