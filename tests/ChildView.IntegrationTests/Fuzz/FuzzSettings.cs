using System.Globalization;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// The fuzz run's seed and size. Fixed by default so CI is repeatable; set
/// <c>CHILDVIEW_FUZZ_SEED</c> to replay or explore another seed, <c>CHILDVIEW_FUZZ_CASES</c> for more
/// random cases per endpoint, and <c>CHILDVIEW_FUZZ_ENDPOINT</c> (a substring such as
/// <c>POST /api/socialcare/referrals</c>) to run one endpoint's cases only.
/// </summary>
public sealed record FuzzSettings(ulong Seed, int RandomCases, string? EndpointFilter)
{
    public const ulong DefaultSeed = 20_261_125;
    public const int DefaultRandomCases = 8;

    public static FuzzSettings FromEnvironment() => new(
        ulong.TryParse(Environment.GetEnvironmentVariable("CHILDVIEW_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed,
        int.TryParse(Environment.GetEnvironmentVariable("CHILDVIEW_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) ? cases : DefaultRandomCases,
        Environment.GetEnvironmentVariable("CHILDVIEW_FUZZ_ENDPOINT") is { Length: > 0 } filter ? filter : null);

    public bool Includes(FuzzEndpoint endpoint) =>
        EndpointFilter is null || endpoint.Key.Contains(EndpointFilter, StringComparison.OrdinalIgnoreCase);

    public override string ToString() =>
        $"CHILDVIEW_FUZZ_SEED={Seed} CHILDVIEW_FUZZ_CASES={RandomCases}" + (EndpointFilter is null ? "" : $" CHILDVIEW_FUZZ_ENDPOINT=\"{EndpointFilter}\"");
}
