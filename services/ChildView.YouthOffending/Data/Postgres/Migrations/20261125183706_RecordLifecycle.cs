using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.YouthOffending.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecordLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "offence_outcomes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deletion_reason",
                table: "offence_outcomes",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "offence_outcomes",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Open");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "offence_outcomes");

            migrationBuilder.DropColumn(
                name: "deletion_reason",
                table: "offence_outcomes");

            migrationBuilder.DropColumn(
                name: "state",
                table: "offence_outcomes");
        }
    }
}
