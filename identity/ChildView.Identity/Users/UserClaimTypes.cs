namespace ChildView.Identity.Users;

/// <summary>Claim types ChildView adds beyond the OpenID Connect standard ones.</summary>
public static class UserClaimTypes
{
    /// <summary>One claim per team; APIs use it to limit caseloads to the user's teams.</summary>
    public const string Team = "team";
}
