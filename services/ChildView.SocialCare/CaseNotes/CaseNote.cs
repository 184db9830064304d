using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.CaseNotes;

/// <summary>
/// A practitioner's note on a child's case. <see cref="Text"/> is the most sensitive data the service holds:
/// it is never logged, never put in an error message or a profile summary.
/// </summary>
public sealed class CaseNote : ChildRecord
{
    public const int MaxTextLength = 10_000;

    public DateOnly NoteDate { get; set; }

    /// <summary>Who wrote the note (name or staff id, as the case management system records it).</summary>
    public required string Author { get; set; }

    public required string Text { get; set; }

    public override string ToString() => $"CaseNote {Id} v{Version}";
}
