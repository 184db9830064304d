using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AllocatedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "allocated_by",
                table: "allocations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "allocated_by",
                table: "allocations");
        }
    }
}
