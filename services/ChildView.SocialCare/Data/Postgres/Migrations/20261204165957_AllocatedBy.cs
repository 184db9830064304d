using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.SocialCare.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AllocatedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "worker_name",
                table: "case_allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "allocated_by",
                table: "case_allocations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "allocated_by",
                table: "case_allocations");

            migrationBuilder.AlterColumn<string>(
                name: "worker_name",
                table: "case_allocations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
