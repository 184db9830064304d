using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StewardDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "source_pair_verdicts",
                columns: table => new
                {
                    source_system = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    other_source_system = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    other_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    same_person = table.Column<bool>(type: "boolean", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_pair_verdicts", x => new { x.source_system, x.local_id, x.other_source_system, x.other_local_id });
                });

            migrationBuilder.CreateTable(
                name: "steward_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    keys = table.Column<string>(type: "jsonb", nullable: false),
                    other_keys = table.Column<string>(type: "jsonb", nullable: false),
                    merge_id = table.Column<Guid>(type: "uuid", nullable: true),
                    review_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_steward_decisions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_steward_decisions_sequence",
                table: "steward_decisions",
                column: "sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "source_pair_verdicts");

            migrationBuilder.DropTable(
                name: "steward_decisions");
        }
    }
}
