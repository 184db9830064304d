using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.ChildProfile.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IdentityResolution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "address_line1",
                table: "source_links",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "date_of_birth",
                table: "source_links",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "family_name",
                table: "source_links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "family_name_key",
                table: "source_links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "given_name",
                table: "source_links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "given_name_key",
                table: "source_links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "link_method",
                table: "source_links",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "new-child");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "linked_at",
                table: "source_links",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<double>(
                name: "match_weight",
                table: "source_links",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "nhs_number",
                table: "source_links",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "postcode_key",
                table: "source_links",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sex",
                table: "source_links",
                type: "character varying(1)",
                maxLength: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "town",
                table: "source_links",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "upn",
                table: "source_links",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_local_id",
                table: "service_records",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "children",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_local_id",
                table: "allocations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "child_merges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    survivor_child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    merged_child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    moved_source_links = table.Column<string>(type: "jsonb", nullable: false),
                    moved_identifiers = table.Column<string>(type: "jsonb", nullable: false),
                    review_id = table.Column<Guid>(type: "uuid", nullable: true),
                    merged_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    merged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    unmerged_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    unmerge_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    unmerged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_merges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "identity_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_system = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    match_weight = table.Column<double>(type: "double precision", nullable: false),
                    probability = table.Column<double>(type: "double precision", nullable: false),
                    evidence = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    merge_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_reviews", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_source_links_date_of_birth",
                table: "source_links",
                column: "date_of_birth");

            migrationBuilder.CreateIndex(
                name: "ix_source_links_family_name_key_date_of_birth",
                table: "source_links",
                columns: new[] { "family_name_key", "date_of_birth" });

            migrationBuilder.CreateIndex(
                name: "ix_source_links_given_name_key_family_name_key",
                table: "source_links",
                columns: new[] { "given_name_key", "family_name_key" });

            migrationBuilder.CreateIndex(
                name: "ix_source_links_postcode_key_given_name_key",
                table: "source_links",
                columns: new[] { "postcode_key", "given_name_key" });

            migrationBuilder.CreateIndex(
                name: "ix_children_merged_into_id",
                table: "children",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_child_merges_merged_child_id",
                table: "child_merges",
                column: "merged_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_child_merges_survivor_child_id",
                table: "child_merges",
                column: "survivor_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_reviews_candidate_child_id",
                table: "identity_reviews",
                column: "candidate_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_reviews_child_id",
                table: "identity_reviews",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_reviews_status_created_at",
                table: "identity_reviews",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "child_merges");

            migrationBuilder.DropTable(
                name: "identity_reviews");

            migrationBuilder.DropIndex(
                name: "ix_source_links_date_of_birth",
                table: "source_links");

            migrationBuilder.DropIndex(
                name: "ix_source_links_family_name_key_date_of_birth",
                table: "source_links");

            migrationBuilder.DropIndex(
                name: "ix_source_links_given_name_key_family_name_key",
                table: "source_links");

            migrationBuilder.DropIndex(
                name: "ix_source_links_postcode_key_given_name_key",
                table: "source_links");

            migrationBuilder.DropIndex(
                name: "ix_children_merged_into_id",
                table: "children");

            migrationBuilder.DropColumn(
                name: "address_line1",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "date_of_birth",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "family_name",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "family_name_key",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "given_name",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "given_name_key",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "link_method",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "linked_at",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "match_weight",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "nhs_number",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "postcode_key",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "sex",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "town",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "upn",
                table: "source_links");

            migrationBuilder.DropColumn(
                name: "source_local_id",
                table: "service_records");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "children");

            migrationBuilder.DropColumn(
                name: "source_local_id",
                table: "allocations");
        }
    }
}
