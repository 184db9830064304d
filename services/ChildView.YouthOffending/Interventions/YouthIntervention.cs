using ChildView.ServiceKit.Children;

namespace ChildView.YouthOffending.Interventions;

/// <summary>A piece of work with the child: its type and when it ran.</summary>
public sealed class YouthIntervention : ChildRecord
{
    /// <summary>One of <see cref="InterventionTypes.All"/>.</summary>
    public required string InterventionType { get; set; }

    public string? Description { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>Set when the intervention ends (the record is then closed).</summary>
    public DateOnly? EndDate { get; set; }
}
