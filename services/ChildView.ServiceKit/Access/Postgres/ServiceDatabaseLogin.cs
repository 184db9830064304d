using ChildView.ServiceKit.Configuration;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// The service's request login (<see cref="ServiceAccessSql.Login"/>) and its password
/// (<c>ServiceDatabase:LoginPassword</c> or <c>…File</c>), set on the login at every start.
/// </summary>
public sealed record ServiceDatabaseLogin(string Service, string Password)
{
    public const string PasswordSetting = "ServiceDatabase:LoginPassword";

    /// <summary>The key that signs callers for this service's row policies (or <c>…File</c>).</summary>
    public const string CallerProofKeySetting = "ServiceDatabase:CallerProofKey";

    public string UserName => ServiceAccessSql.Login(Service);

    public static ServiceDatabaseLogin From(IConfiguration configuration, string service) =>
        new(service, SecretSetting.Require(configuration, PasswordSetting, 12));

    /// <summary>The service database's connection string with the request login's credentials in place of the owner's.</summary>
    public string ConnectionString(string ownerConnectionString) => RowPolicyConnection.Prepared(new NpgsqlConnectionStringBuilder(ownerConnectionString)
    {
        Username = UserName,
        Password = Password,
    });
}
