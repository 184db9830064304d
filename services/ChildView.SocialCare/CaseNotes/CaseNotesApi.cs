using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.SocialCare.CaseNotes;

/// <summary>
/// Case notes have no end, so no close; a note written against the wrong child is deleted with a reason.
/// The author is whoever the token names when the note is written; a correction keeps the author (the
/// corrector is the record's <c>updated_by</c>).
/// </summary>
public static class CaseNotesApi
{
    public static IEndpointRouteBuilder MapCaseNotesApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<CaseNote, CaseNoteResponse>(
                ApiResources.SocialCare, "/case-notes", "case-note", "Case notes", CaseNoteResponse.From, CaseNoteEvents.Recorded, CaseNoteEvents.Changed))
            .Create<RecordCaseNoteRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var note = new CaseNote { Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), Author = "", Text = "", CreatedAt = write.Now, UpdatedAt = write.Now };
                request.ApplyTo(note, write.Caller.Actor);
                return note;
            })
            .Update<RecordCaseNoteRequest>((request, today) => request.Validate(today), (request, note, _) =>
            {
                note.Child = request.Child!.Replacing(note.Child);
                request.ApplyTo(note, note.Author);
                return null;
            })
            .Delete()
            .List<CaseNoteListQuery>((notes, query) =>
            {
                if (!string.IsNullOrWhiteSpace(query.Author))
                {
                    var author = query.Author.Trim();
                    notes = notes.Where(n => n.Author == author);
                }

                if (query.From is { } from)
                {
                    notes = notes.Where(n => n.NoteDate >= from);
                }

                return query.To is { } to ? notes.Where(n => n.NoteDate <= to) : notes;
            });
        return app;
    }
}
