namespace ChildView.ChildProfile.Families;

/// <summary>
/// The family a child belongs to: the children connected by a shared household (at the same time),
/// a shared parent or carer, or a record naming one as the other's sibling. The family id is the
/// smallest child id in it, so the same children always make the same family.
/// </summary>
public sealed class ChildFamily
{
    public Guid ChildId { get; init; }

    public Guid FamilyId { get; set; }

    /// <summary>The child's own <see cref="PersonKeys.Person"/>, so a relative recorded as a sibling can be recognised as this child.</summary>
    public string? PersonKey { get; set; }
}
