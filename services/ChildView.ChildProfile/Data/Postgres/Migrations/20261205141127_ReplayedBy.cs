using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReplayedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "replayed_at",
                table: "steward_decisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "replayed_by",
                table: "steward_decisions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "replayed_at",
                table: "steward_decisions");

            migrationBuilder.DropColumn(
                name: "replayed_by",
                table: "steward_decisions");
        }
    }
}
