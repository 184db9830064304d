using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecordLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "service_records",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Open");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "state",
                table: "service_records");
        }
    }
}
