using ChildView.Education.Common;

namespace ChildView.Education.SenProvisions;

/// <summary>A period of special educational needs provision (CBDS SENprovision).</summary>
public sealed class SenProvision : PeriodRecord
{
    /// <summary>One of <see cref="SenProvisionTypes"/>.</summary>
    public required string Provision { get; set; }
}

/// <summary>CBDS SEN provision codes recorded for a pupil (N "no special educational need" is the absence of a record).</summary>
public static class SenProvisionTypes
{
    /// <summary>SEN support.</summary>
    public const string SenSupport = "K";

    /// <summary>Education, health and care plan.</summary>
    public const string Ehcp = "E";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([SenSupport, Ehcp], StringComparer.Ordinal);
}
