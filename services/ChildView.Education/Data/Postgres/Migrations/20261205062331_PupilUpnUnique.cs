using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.Education.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PupilUpnUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ux_pupils_child_upn",
                table: "pupils",
                column: "child_upn",
                unique: true,
                filter: "child_upn IS NOT NULL AND deleted_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_pupils_child_upn",
                table: "pupils");
        }
    }
}
