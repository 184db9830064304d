using ChildView.Contracts.Security;
using ChildView.Education.Common;
using ChildView.Education.Data;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Http;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChildView.Education.Attendance;

/// <summary>
/// Register marks in bulk, and the per-term summaries derived from them. Summaries are not written
/// directly (no PUT, close or DELETE): they follow the marks, and each change that alters a term's
/// counts publishes that summary's next version.
/// </summary>
public static class AttendanceApi
{
    public static IEndpointRouteBuilder MapAttendanceApi(this IEndpointRouteBuilder app)
    {
        var summaries = app.MapRecords(new RecordApi<AttendanceSummary, AttendanceSummaryResponse>(
                ApiResources.Education, "/attendance", "attendance-summary", "Attendance", AttendanceSummaryResponse.From, AttendanceEvents.Recorded, AttendanceEvents.Changed)
            {
                RecordsPath = "/summaries",
                RepublishRoute = "/admin/republish/attendance-summaries",
            })
            .List<AttendanceSummaryListQuery>((summaries, query) =>
            {
                summaries = summaries.OfPupil(query);

                if (!string.IsNullOrWhiteSpace(query.AcademicYear))
                {
                    var academicYear = query.AcademicYear.Trim();
                    summaries = summaries.Where(s => s.AcademicYear == academicYear);
                }

                if (query.Term is { } term)
                {
                    summaries = summaries.Where(s => s.Term == term);
                }

                return query.PersistentAbsence is { } persistent ? summaries.Where(s => s.PersistentAbsence == persistent) : summaries;
            });
        summaries.MapWrite("/sessions", RecordSessions);
        summaries.MapRead("/pupils/{pupilId:guid}/sessions", Sessions);
        summaries.MapRead("/pupils/{pupilId:guid}/summaries", PupilSummaries);
        return app;
    }

    private static async Task<Results<Ok<RecordSessionsResponse>, ValidationProblem, ProblemHttpResult>> RecordSessions(
        RecordSessionsRequest request, EducationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var pupilId = request.PupilId!.Value;
        if (await PupilRecordApi.PupilChildAsync(db, pupilId, cancellationToken) is not { } child)
        {
            return PupilRecordApi.NoSuchPupil();
        }

        var marks = request.Sessions!.Select(m => m!).ToList();
        var terms = marks.Select(m => SchoolTerms.TermOf(m.Date!.Value)!).Distinct().ToList();
        var from = terms.Min(t => t.Start);
        var to = terms.Max(t => t.End);

        // Every mark the pupil already has in the affected terms, keyed by session, merged with the new ones in memory.
        var held = await db.AttendanceSessions
            .Where(s => s.PupilId == pupilId && s.Date >= from && s.Date <= to)
            .ToDictionaryAsync(s => (s.Date, s.Session), cancellationToken);
        foreach (var mark in marks)
        {
            var key = (mark.Date!.Value, mark.Session!);
            if (held.TryGetValue(key, out var session))
            {
                if (session.Code != mark.Code)
                {
                    session.Code = mark.Code!;
                    session.UpdatedAt = now;
                }
            }
            else
            {
                session = new AttendanceSession { PupilId = pupilId, Date = key.Item1, Session = key.Item2, Code = mark.Code!, RecordedAt = now, UpdatedAt = now };
                db.AttendanceSessions.Add(session);
                held[key] = session;
            }
        }

        var summaries = new List<AttendanceSummary>();
        foreach (var term in terms.OrderBy(t => t.Start))
        {
            var tally = AttendanceCalculator.Tally(held.Values.Where(s => s.Date >= term.Start && s.Date <= term.End).Select(s => s.Code));
            var summary = await db.AttendanceSummaries.SingleOrDefaultAsync(
                s => s.PupilId == pupilId && s.AcademicYear == term.AcademicYear && s.Term == term.Term, cancellationToken);
            if (summary is null)
            {
                summary = new AttendanceSummary
                {
                    Id = Guid.CreateVersion7(now),
                    PupilId = pupilId,
                    Child = child.Copy(),
                    AcademicYear = term.AcademicYear,
                    Term = term.Term,
                    TermStart = term.Start,
                    TermEnd = term.End,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                summary.Apply(tally);
                db.AttendanceSummaries.Add(summary);
                db.AddIntegrationEvent(AttendanceEvents.Recorded(summary, now));
            }
            else if (summary.Apply(tally))
            {
                summary.Child = child.Copy();
                summary.Touch(now);
                db.AddIntegrationEvent(AttendanceEvents.Changed(summary, now));
            }

            summaries.Add(summary);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || ex is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } })
        {
            // Another request marked the same pupil's register at the same moment: nothing was saved.
            return ConcurrencyProblems.Stale(null);
        }

        return TypedResults.Ok(new RecordSessionsResponse(pupilId, marks.Count, summaries.Select(AttendanceSummaryResponse.From).ToList()));
    }

    private static async Task<Results<Ok<List<AttendanceSessionResponse>>, NotFound, ValidationProblem>> Sessions(
        Guid pupilId, [AsParameters] AttendanceSessionQuery query, EducationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().When(query.From is { } f && query.To is { } t && t < f, "to", "Must not be before from.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!await db.Pupils.AnyAsync(p => p.Id == pupilId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var sessions = db.AttendanceSessions.AsNoTracking().Where(s => s.PupilId == pupilId);
        if (query.From is { } from)
        {
            sessions = sessions.Where(s => s.Date >= from);
        }

        if (query.To is { } to)
        {
            sessions = sessions.Where(s => s.Date <= to);
        }

        var list = await sessions.OrderBy(s => s.Date).ThenBy(s => s.Session).Take(2_000).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(s => new AttendanceSessionResponse(s.Date, s.Session, s.Code, AttendanceCodes.Groups[s.Code].ToString())).ToList());
    }

    private static async Task<Results<Ok<List<AttendanceSummaryResponse>>, NotFound>> PupilSummaries(Guid pupilId, EducationDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Pupils.AnyAsync(p => p.Id == pupilId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var summaries = await db.AttendanceSummaries.AsNoTracking().Where(s => s.PupilId == pupilId).OrderBy(s => s.TermStart).ToListAsync(cancellationToken);
        return TypedResults.Ok(summaries.Select(AttendanceSummaryResponse.From).ToList());
    }
}
