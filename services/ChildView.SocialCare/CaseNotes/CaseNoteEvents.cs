using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.CaseNotes;

public static class CaseNoteEvents
{
    public static CaseNoteRecorded Recorded(CaseNote n, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, n.Version, now, n.Child.ToIdentity(SourceSystems.SocialCare),
        n.Id, n.NoteDate, n.Author, n.Text);

    public static CaseNoteChanged Changed(CaseNote n, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, n.Version, now, n.Child.ToIdentity(SourceSystems.SocialCare),
        n.Id, n.NoteDate, n.Author, n.Text, n.State);
}
