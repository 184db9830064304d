using System.Text;

namespace ChildView.Contracts.IntegrationEvents;

/// <summary>
/// Social care recorded a case note; entity version 1. <see cref="Text"/> is the most sensitive field on the
/// bus: consumers must not log it or copy it into summaries, and this record's ToString leaves it out.
/// </summary>
public sealed record CaseNoteRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid NoteId,
    DateOnly NoteDate,
    string Author,
    string Text) : IIntegrationEvent
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"EventId = {EventId}, Source = {Source}, EntityVersion = {EntityVersion}, NoteId = {NoteId}, Text = [redacted]");
        return true;
    }
}
