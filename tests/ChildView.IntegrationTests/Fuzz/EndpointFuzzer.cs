using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// Runs every endpoint's cases through the gateway, checks <see cref="ResponseProperties"/> around
/// each, and shrinks the first failing case of each endpoint by dropping its parts one at a time
/// while the same kind of violation persists.
/// </summary>
public sealed class EndpointFuzzer(IReadOnlyDictionary<string, HttpClient> callers, RowCounts rows, FuzzSettings settings)
{
    private const int MaxShrinkRequests = 16;
    private const int MaxKnownIds = 40;
    private const int MaxCounterexamplesShown = 6;

    private readonly List<string> _knownIds = [];

    public int Requests { get; private set; }

    public void Know(IEnumerable<Guid> ids)
    {
        foreach (var id in ids.Select(i => i.ToString()).Where(i => !_knownIds.Contains(i)).Take(MaxKnownIds - _knownIds.Count))
        {
            _knownIds.Add(id);
        }
    }

    /// <summary>Creates what the service's create endpoints accept as they stand and lists every collection, so path ids can hit real records.</summary>
    public async Task PrimeAsync(IReadOnlyList<FuzzEndpoint> endpoints)
    {
        var client = callers.Values.First();
        foreach (var endpoint in endpoints.Where(e => e.PathParameters.Count == 0 && e.Method is "POST" or "GET"))
        {
            if (endpoint.Method == "POST" && endpoint.BaseBody is null)
            {
                continue; // administration actions (republish) are not needed to find records
            }

            using var request = Build(endpoint, new FuzzCase([], [], null, null, [], callers.Keys.First()), client);
            using var response = await client.SendAsync(request);
            Harvest(await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Fuzzes each endpoint; returns one shrunk counterexample per failing endpoint.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<FuzzEndpoint> endpoints, Action<string> log)
    {
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var clock = Stopwatch.StartNew();
            var cases = new FuzzCases(endpoint, [.. _knownIds], [.. callers.Keys]).All(settings.Seed, RandomCasesFor(endpoint)).ToList();
            var failing = new List<(string Label, FuzzCase Case, Violation Violation)>();
            foreach (var (label, fuzzCase) in cases)
            {
                if (await TryAsync(endpoint, fuzzCase) is { } violation)
                {
                    failing.Add((label, fuzzCase, violation));
                }
            }

            log($"{endpoint.Key}: {cases.Count} cases, {failing.Count} failing, {clock.ElapsedMilliseconds} ms");
            if (failing.Count > 0)
            {
                failures.Add($"{endpoint.Key} — {failing.Count} of {cases.Count} cases fail:\n" + string.Join("\n", await CounterexamplesAsync(endpoint, failing)));
            }
        }

        return failures;
    }

    /// <summary>
    /// Each failing sweep case (one ingredient each, already minimal) and the first failing random
    /// case of each kind, shrunk; distinct ones only, so one bug does not hide another.
    /// </summary>
    private async Task<IReadOnlyList<string>> CounterexamplesAsync(FuzzEndpoint endpoint, List<(string Label, FuzzCase Case, Violation Violation)> failing)
    {
        var shown = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shrunkKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, fuzzCase, violation) in failing)
        {
            var (example, seenViolation) = (fuzzCase, violation);
            if (fuzzCase.Ingredients > 1)
            {
                if (!shrunkKinds.Add(violation.Kind))
                {
                    continue;
                }

                (example, seenViolation) = await ShrinkAsync(endpoint, fuzzCase, violation);
            }

            var description = example.Describe(endpoint);
            if (seen.Add(description) && shown.Count < MaxCounterexamplesShown)
            {
                shown.Add($"  {label}{(example == fuzzCase ? "" : " shrunk")}: {description}\n    → [{seenViolation.Kind}] {seenViolation.Detail}");
            }
        }

        return shown;
    }

    private int RandomCasesFor(FuzzEndpoint endpoint) =>
        endpoint.HasBody || endpoint.QueryParameters.Count > 0 ? settings.RandomCases : Math.Min(settings.RandomCases, 3);

    private async Task<(FuzzCase Case, Violation Violation)> ShrinkAsync(FuzzEndpoint endpoint, FuzzCase failing, Violation violation)
    {
        var budget = MaxShrinkRequests;
        var progress = true;
        while (progress && budget > 0 && failing.Ingredients > 0)
        {
            progress = false;
            foreach (var smaller in failing.Smaller())
            {
                if (budget-- <= 0)
                {
                    break;
                }

                if (await TryAsync(endpoint, smaller) is { } again && again.Kind == violation.Kind)
                {
                    (failing, violation, progress) = (smaller, again, true);
                    break;
                }
            }
        }

        return (failing, violation);
    }

    private async Task<Violation?> TryAsync(FuzzEndpoint endpoint, FuzzCase fuzzCase)
    {
        Requests++;
        var client = callers[fuzzCase.Caller];
        var before = await rows.SnapshotAsync();
        using var request = Build(endpoint, fuzzCase, client);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var changes = (int)response.StatusCode is >= 400 and < 500 ? RowCounts.Differences(before, await rows.SnapshotAsync()) : [];
        if (response.IsSuccessStatusCode)
        {
            Harvest(body);
        }

        return ResponseProperties.Check(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, changes);
    }

    private static HttpRequestMessage Build(FuzzEndpoint endpoint, FuzzCase fuzzCase, HttpClient client)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), new Uri(client.BaseAddress!, fuzzCase.PathAndQuery(endpoint)));
        if (fuzzCase.BodyText(endpoint) is { } text)
        {
            request.Content = new StringContent(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        if (fuzzCase.IfMatch is { } ifMatch)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private void Harvest(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            Know(Ids(json.RootElement));
        }
        catch (JsonException)
        {
            // Not JSON: nothing to learn.
        }
    }

    private static IEnumerable<Guid> Ids(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Value.ValueKind == JsonValueKind.String && (p.Name == "id" || p.Name.EndsWith("Id", StringComparison.Ordinal)) && Guid.TryParse(p.Value.GetString(), out var id)
                ? [id]
                : Ids(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Ids),
        _ => [],
    };
}
