namespace ChildView.ChildProfile.Indicators;

/// <summary>The Supporting Families programme's ten headline outcomes, as the stable codes indicator rules name.</summary>
public static class OutcomeAreas
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["good-education"] = "Getting a good education",
        ["good-early-years-development"] = "Good early years development",
        ["mental-and-physical-health"] = "Improved mental and physical health",
        ["substance-use"] = "Better managed substance use",
        ["family-relationships"] = "Improved family relationships",
        ["safe-from-abuse-and-exploitation"] = "Children safe from abuse and exploitation",
        ["crime-prevention"] = "Crime prevention and tackling crime",
        ["safe-from-domestic-abuse"] = "Safe from domestic abuse",
        ["secure-housing"] = "Secure housing",
        ["financial-stability"] = "Financial stability",
    };
}
