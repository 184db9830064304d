namespace ChildView.Contracts.Directory;

/// <summary>
/// One member of staff as the identity service's directory describes them to services
/// (<c>GET /directory/users/{userName}</c>, scope <c>directory.read</c>): what an allocation is checked against.
/// </summary>
/// <param name="UserName">The normalised user name: what tokens carry as <c>preferred_username</c> and allocations record as the worker.</param>
/// <param name="Active">False once the account is disabled: nobody may be allocated a case then.</param>
public sealed record StaffMember(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams, bool Active)
{
    public const string RoutePrefix = "/directory/users";

    public static string Route(string userName) => $"{RoutePrefix}/{Uri.EscapeDataString(userName)}";
}
