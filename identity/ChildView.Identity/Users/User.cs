namespace ChildView.Identity.Users;

/// <summary>A member of staff who signs in to ChildView. Job roles decide which API scopes they may be granted.</summary>
public sealed class User
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stored normalised (see <see cref="NormaliseUserName"/>) so sign-in is case-insensitive.</summary>
    public required string UserName { get; init; }

    public required string DisplayName { get; set; }

    public string PasswordHash { get; set; } = "";

    public string[] Roles { get; set; } = [];

    public string[] Teams { get; set; } = [];

    public bool Disabled { get; set; }

    public static string NormaliseUserName(string userName) => userName.Trim().ToLowerInvariant();
}
