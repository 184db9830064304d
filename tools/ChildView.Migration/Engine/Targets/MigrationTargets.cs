namespace ChildView.Migration.Targets;

/// <summary>The targets a mapping file may name.</summary>
public static class MigrationTargets
{
    public static IReadOnlyList<IMigrationTarget> All { get; } = [new EducationPupilsTarget(), new SocialCareReferralsTarget()];

    public static IMigrationTarget? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
