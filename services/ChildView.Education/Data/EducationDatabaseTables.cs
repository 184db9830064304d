using ChildView.ServiceKit.Access.Postgres;

namespace ChildView.Education.Data;

/// <summary>The table of each education record type; every pupil record copies its child from the pupil.</summary>
public static class EducationDatabaseTables
{
    public static readonly ServiceDatabaseTables Tables = new(EducationApi.ServiceName, Allocations: null,
    [
        new RecordTable("pupil", "pupils"),
        new RecordTable("pupil-family-member", "pupil_family_members") { Reads = ["pupils"] },
        new RecordTable("enrolment", "enrolments") { Reads = ["pupils"] },
        // Summaries are read beside the register's marks; new marks are merged into it and recompute the term's summary, so a create also updates.
        new RecordTable("attendance-summary", "attendance_summaries") { Reads = ["pupils", "attendance_sessions"], CreateWrites = ["attendance_sessions"], CreateUpdates = true },
        new RecordTable("exclusion", "exclusions") { Reads = ["pupils"] },
        new RecordTable("sen-provision", "sen_provisions") { Reads = ["pupils"] },
        new RecordTable("free-school-meals", "free_school_meals") { Reads = ["pupils"] },
    ]);
}
