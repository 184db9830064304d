namespace ChildView.Linkage.Generation;

public enum PersonRole
{
    Child,
    Mother,
    Father,

    /// <summary>A mother's partner who is not the children's father; the children may take his surname.</summary>
    StepFather,
}

/// <summary>
/// One real person: the truth every record of them is a more or less faithful copy of.
/// <see cref="LaterSurname"/> is a surname a child takes later (a step-parent's), which some
/// services will have recorded and others not.
/// </summary>
public sealed record Person(
    int Id,
    int HouseholdId,
    PersonRole Role,
    string GivenName,
    string Surname,
    DateOnly DateOfBirth,
    char Sex,
    string NhsNumber,
    string? Upn,
    string? LaterSurname = null)
{
    public bool IsChild => Role == PersonRole.Child;
}
