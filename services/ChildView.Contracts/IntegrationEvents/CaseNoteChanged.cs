using System.Text;

namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected or deleted a case note; full current state. ToString leaves the text out.</summary>
public sealed record CaseNoteChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid NoteId,
    DateOnly NoteDate,
    string Author,
    string Text,
    RecordState State) : IIntegrationEvent
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"EventId = {EventId}, Source = {Source}, EntityVersion = {EntityVersion}, NoteId = {NoteId}, State = {State}, Text = [redacted]");
        return true;
    }
}
