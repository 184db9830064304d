using ChildView.ServiceKit.Records;
using System.Text;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.CaseNotes;

/// <summary>Records a case note (POST) or corrects one (PUT). Its ToString never shows the text.</summary>
/// <param name="Author">Ignored: the author is whoever the token names (kept so existing clients' bodies still bind).</param>
public sealed record RecordCaseNoteRequest(ChildDetailsRequest? Child, DateOnly? NoteDate, string? Author, string? Text)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .PastDate("noteDate", NoteDate, today)
        .Required("text", Text, CaseNote.MaxTextLength);

    /// <summary>Sets every field but the child block; the author is the caller, never the body.</summary>
    public void ApplyTo(CaseNote note, string author)
    {
        note.NoteDate = NoteDate!.Value;
        note.Author = author;
        note.Text = Text!;
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"NoteDate = {NoteDate}, Author = {Author}, Text = [redacted]");
        return true;
    }
}

public sealed record CaseNoteResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, DateOnly NoteDate, string Author, string Text, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CaseNoteResponse From(CaseNote n) => new(n.Id, n.Version, n.State, n.Child, n.NoteDate, n.Author, n.Text, n.CreatedAt, n.UpdatedAt);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Id = {Id}, Version = {Version}, Text = [redacted]");
        return true;
    }
}

public sealed class CaseNoteListQuery : RecordListQuery
{
    public string? Author { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public override ValidationErrors Validate() =>
        InOrder(base.Validate(), "from", From, "to", To);
}
