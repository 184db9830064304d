using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildView.Education.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EducationCensusRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "former_upn",
                table: "pupils",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "upn_unknown_reason",
                table: "pupils",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "attendance_sessions",
                columns: table => new
                {
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    session = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_sessions", x => new { x.pupil_id, x.date, x.session });
                    table.ForeignKey(
                        name: "fk_attendance_sessions_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attendance_summaries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    academic_year = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    term = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    term_start = table.Column<DateOnly>(type: "date", nullable: false),
                    term_end = table.Column<DateOnly>(type: "date", nullable: false),
                    possible_sessions = table.Column<int>(type: "integer", nullable: false),
                    attended_sessions = table.Column<int>(type: "integer", nullable: false),
                    authorised_absence_sessions = table.Column<int>(type: "integer", nullable: false),
                    unauthorised_absence_sessions = table.Column<int>(type: "integer", nullable: false),
                    not_possible_sessions = table.Column<int>(type: "integer", nullable: false),
                    attendance_percentage = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    persistent_absence = table.Column<bool>(type: "boolean", nullable: false),
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
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_summaries", x => x.id);
                    table.ForeignKey(
                        name: "fk_attendance_summaries_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    urn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    laestab = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    enrolment_status = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
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
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    leave_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_enrolments_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exclusions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    reason = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    sessions = table.Column<int>(type: "integer", nullable: true),
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
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exclusions", x => x.id);
                    table.ForeignKey(
                        name: "fk_exclusions_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "free_school_meals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_free_school_meals", x => x.id);
                    table.ForeignKey(
                        name: "fk_free_school_meals_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pupil_family_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    relationship = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    parental_responsibility = table.Column<bool>(type: "boolean", nullable: false),
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
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pupil_family_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_pupil_family_members_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sen_provisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provision = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
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
                    deletion_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sen_provisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sen_provisions_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_summaries_child_local_id",
                table: "attendance_summaries",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_summaries_persistent_absence",
                table: "attendance_summaries",
                column: "persistent_absence");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_summaries_pupil_id",
                table: "attendance_summaries",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_summaries_pupil_id_academic_year_term",
                table: "attendance_summaries",
                columns: new[] { "pupil_id", "academic_year", "term" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_child_local_id",
                table: "enrolments",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_pupil_id",
                table: "enrolments",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_urn",
                table: "enrolments",
                column: "urn");

            migrationBuilder.CreateIndex(
                name: "ix_exclusions_child_local_id",
                table: "exclusions",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_exclusions_pupil_id",
                table: "exclusions",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "ix_free_school_meals_child_local_id",
                table: "free_school_meals",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_free_school_meals_pupil_id",
                table: "free_school_meals",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_family_members_child_local_id",
                table: "pupil_family_members",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_family_members_pupil_id",
                table: "pupil_family_members",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "ix_sen_provisions_child_local_id",
                table: "sen_provisions",
                column: "child_local_id");

            migrationBuilder.CreateIndex(
                name: "ix_sen_provisions_pupil_id",
                table: "sen_provisions",
                column: "pupil_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_sessions");

            migrationBuilder.DropTable(
                name: "attendance_summaries");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "exclusions");

            migrationBuilder.DropTable(
                name: "free_school_meals");

            migrationBuilder.DropTable(
                name: "pupil_family_members");

            migrationBuilder.DropTable(
                name: "sen_provisions");

            migrationBuilder.DropColumn(
                name: "former_upn",
                table: "pupils");

            migrationBuilder.DropColumn(
                name: "upn_unknown_reason",
                table: "pupils");
        }
    }
}
