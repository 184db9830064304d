using ChildView.ServiceKit.Children;

namespace ChildView.EarlyYears.Settings;

/// <summary>A child's place at an early years provider (nursery, childminder, pre-school).</summary>
public sealed class SettingRegistration : ChildRecord
{
    /// <summary>Ofsted unique reference number of the provider: 6 or 7 characters, digits (EY-prefixed URNs are stored without the prefix).</summary>
    public required string ProviderUrn { get; set; }

    public required string SettingName { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>When the child left the setting; set when the registration is closed.</summary>
    public DateOnly? EndDate { get; set; }
}
