namespace ChildView.YouthOffending.Interventions;

/// <summary>The kinds of intervention a youth offending team delivers or arranges, as stable codes.</summary>
public static class InterventionTypes
{
    public const string Reparation = "reparation";
    public const string RestorativeJustice = "restorative-justice";
    public const string VictimAwareness = "victim-awareness";
    public const string OffendingBehaviour = "offending-behaviour";
    public const string EducationTrainingEmployment = "education-training-employment";
    public const string SubstanceMisuse = "substance-misuse";
    public const string MentalHealth = "mental-health";
    public const string SpeechLanguageCommunication = "speech-language-communication";
    public const string ParentingSupport = "parenting-support";
    public const string Mentoring = "mentoring";
    public const string WeaponsAwareness = "weapons-awareness";
    public const string ExploitationSupport = "exploitation-support";
    public const string Other = "other";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [Reparation, RestorativeJustice, VictimAwareness, OffendingBehaviour, EducationTrainingEmployment, SubstanceMisuse, MentalHealth,
         SpeechLanguageCommunication, ParentingSupport, Mentoring, WeaponsAwareness, ExploitationSupport, Other],
        StringComparer.Ordinal);
}
