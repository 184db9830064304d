using Microsoft.Extensions.Configuration;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// Where the identity service is (<c>Identity:Url</c>) and this service's own client credentials
/// (<c>Identity:ClientId</c>, <c>Identity:ClientSecret</c>), used to read the staff directory.
/// </summary>
public sealed class StaffDirectoryOptions
{
    public required Uri IdentityBaseUri { get; init; }

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public static StaffDirectoryOptions From(IConfiguration configuration)
    {
        string Required(string key) => configuration[$"Identity:{key}"] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"'Identity:{key}' must be set: this service reads the staff directory to check allocations.");

        var url = Required("Url");
        return new StaffDirectoryOptions
        {
            IdentityBaseUri = new Uri(url.EndsWith('/') ? url : url + "/"),
            ClientId = Required("ClientId"),
            ClientSecret = Required("ClientSecret"),
        };
    }
}
