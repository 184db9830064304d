using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditChainOffTheReadPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "hash",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "prev_hash",
                table: "audit_events");

            migrationBuilder.AddColumn<Guid[]>(
                name: "child_ids",
                table: "audit_events",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_child_ids",
                table: "audit_events",
                column: "child_ids")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_events_child_ids",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "child_ids",
                table: "audit_events");

            migrationBuilder.AddColumn<byte[]>(
                name: "hash",
                table: "audit_events",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "prev_hash",
                table: "audit_events",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);
        }
    }
}
