using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.SocialCare.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SocialCareDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "closure_date",
                table: "referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reason_for_closure",
                table: "referrals",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "referral_nfa",
                table: "referrals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    authorisation_date = table.Column<DateOnly>(type: "date", nullable: true),
                    factors = table.Column<List<string>>(type: "text[]", nullable: false),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "care_family_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    relationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    parental_responsibility = table.Column<bool>(type: "boolean", nullable: false),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_family_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    worker_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from_date = table.Column<DateOnly>(type: "date", nullable: false),
                    to_date = table.Column<DateOnly>(type: "date", nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_allocations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    note_date = table.Column<DateOnly>(type: "date", nullable: false),
                    author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_notes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "child_in_need_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_in_need_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "child_protection_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    initial_category_of_abuse = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    latest_category_of_abuse = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    number_of_previous_plans = table.Column<int>(type: "integer", nullable: false),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_protection_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "looked_after_episodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    reason_for_new_episode = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    legal_status = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    placement_type = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    placement_provider = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reason_ended = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_looked_after_episodes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "section47_enquiries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    initial_cpc_date = table.Column<DateOnly>(type: "date", nullable: true),
                    child_local_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    child_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    child_sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    child_upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    child_nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    child_address_line1 = table.Column<string>(type: "text", nullable: true),
                    child_address_line2 = table.Column<string>(type: "text", nullable: true),
                    child_town = table.Column<string>(type: "text", nullable: true),
                    child_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_section47_enquiries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referral_date",
                table: "referrals",
                column: "referral_date");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_child_local_id",
                table: "assessments",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_referral_id",
                table: "assessments",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_care_family_members_child_local_id",
                table: "care_family_members",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_allocations_child_local_id",
                table: "case_allocations",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_allocations_worker_id",
                table: "case_allocations",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_child_local_id",
                table: "case_notes",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_child_in_need_plans_child_local_id",
                table: "child_in_need_plans",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_child_in_need_plans_referral_id",
                table: "child_in_need_plans",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_child_local_id",
                table: "child_protection_plans",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_referral_id",
                table: "child_protection_plans",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_looked_after_episodes_child_local_id",
                table: "looked_after_episodes",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_section47_enquiries_child_local_id",
                table: "section47_enquiries",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_section47_enquiries_referral_id",
                table: "section47_enquiries",
                column: "referral_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "care_family_members");

            migrationBuilder.DropTable(
                name: "case_allocations");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "child_in_need_plans");

            migrationBuilder.DropTable(
                name: "child_protection_plans");

            migrationBuilder.DropTable(
                name: "looked_after_episodes");

            migrationBuilder.DropTable(
                name: "section47_enquiries");

            migrationBuilder.DropIndex(
                name: "ix_referrals_referral_date",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "closure_date",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "reason_for_closure",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "referral_nfa",
                table: "referrals");
        }
    }
}
