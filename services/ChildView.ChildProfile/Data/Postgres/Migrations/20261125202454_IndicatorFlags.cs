using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_flags",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    family_children = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    rule_id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    outcome_area = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cleared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evidence = table.Column<string>(type: "jsonb", nullable: false),
                    evidence_types = table.Column<List<string>>(type: "text[]", nullable: false),
                    assignee = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    assigned_team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    assigned_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_flags", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_flags_child_id",
                table: "indicator_flags",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_flags_cleared_at_raised_at",
                table: "indicator_flags",
                columns: new[] { "cleared_at", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_flags_family_children",
                table: "indicator_flags",
                column: "family_children")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_flags_subject_kind_child_id_rule_id",
                table: "indicator_flags",
                columns: new[] { "subject_kind", "child_id", "rule_id" },
                unique: true,
                filter: "cleared_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_flags");
        }
    }
}
