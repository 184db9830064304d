using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Pipeline;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.CaseNotes;

/// <summary>
/// Case notes have no end, so no close; a note written against the wrong child is deleted with a reason.
/// The author is whoever the token names when the note is written; a correction keeps the author (the
/// corrector is the record's <c>updated_by</c>).
/// </summary>
public static class CaseNotesApi
{
    private static readonly RecordEndpoints<CaseNote, CaseNoteResponse> Records =
        new("/case-notes", "case-note", CaseNoteResponse.From, CaseNoteEvents.Recorded, CaseNoteEvents.Changed);

    public static IEndpointRouteBuilder MapCaseNotesApi(this IEndpointRouteBuilder app)
    {
        var notes = Records.Map(app, "Case notes");
        notes.MapPost("/", Record).RequireAuthorization(RecordEndpoints<CaseNote, CaseNoteResponse>.WriteScope);
        notes.MapGet("/", List).RequireAuthorization(RecordEndpoints<CaseNote, CaseNoteResponse>.ReadScope);
        notes.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<CaseNote, CaseNoteResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<CaseNoteResponse>, ValidationProblem>> Record(
        RecordCaseNoteRequest request, SocialCareDbContext db, RecordRequest pipeline, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var note = new CaseNote { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), Author = "", Text = "", CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(note, pipeline.Caller!.Actor);
        return await Records.CreateAsync(db, note, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<CaseNoteResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordCaseNoteRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, _ => new ValidationErrors(), note =>
        {
            note.Child = request.Child!.Replacing(note.Child);
            request.ApplyTo(note, note.Author);
        }, cancellationToken);
    }

    private static Task<Results<Ok<Paged<CaseNoteResponse>>, ValidationProblem>> List(
        [AsParameters] CaseNoteListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            notes =>
            {
                if (!string.IsNullOrWhiteSpace(query.Author))
                {
                    notes = notes.Where(n => n.Author == query.Author.Trim());
                }

                if (query.From is { } from)
                {
                    notes = notes.Where(n => n.NoteDate >= from);
                }

                if (query.To is { } to)
                {
                    notes = notes.Where(n => n.NoteDate <= to);
                }

                return notes;
            },
            cancellationToken,
            new ValidationErrors().ValidateRange(query.From, query.To));
}
