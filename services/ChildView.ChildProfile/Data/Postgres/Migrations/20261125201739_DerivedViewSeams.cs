using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DerivedViewSeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "attributes",
                table: "service_records",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "address_line1",
                table: "children",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "town",
                table: "children",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attributes",
                table: "service_records");

            migrationBuilder.DropColumn(
                name: "address_line1",
                table: "children");

            migrationBuilder.DropColumn(
                name: "town",
                table: "children");
        }
    }
}
