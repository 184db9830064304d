namespace ChildView.ChildProfile.Access;

/// <summary>The password of the profile's read login (<c>Profile:ReaderPassword</c>), set on the login at start-up.</summary>
public sealed record ProfileReaderOptions(string Password)
{
    public static ProfileReaderOptions From(IConfiguration configuration) =>
        new(configuration["Profile:ReaderPassword"] is { Length: >= 12 } password
            ? password
            : throw new InvalidOperationException("Profile:ReaderPassword must be set (at least 12 characters): it protects the database login every profile read uses."));
}
