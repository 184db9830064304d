using CsCheck;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// The cases for one endpoint: first a sweep that tries each field's and each query parameter's
/// worst values one at a time (the boundary cases a reviewer would write by hand), then random
/// combinations drawn with CsCheck's generators from a seeded PCG, so a run is replayed exactly
/// by its seed.
/// </summary>
public sealed class FuzzCases(FuzzEndpoint endpoint, IReadOnlyList<string> knownIds, IReadOnlyList<string> callers)
{
    private const int MaxSweep = 48;

    private readonly IReadOnlyList<BodyLeaf> _leaves = endpoint.BaseBody is { } body ? BodyLeaf.In(body) : [];

    public IEnumerable<(string Label, FuzzCase Case)> All(ulong seed, int randomCases)
    {
        var sweep = Sweep().Take(MaxSweep).Select((c, i) => ($"sweep {i}", c));
        var random = Enumerable.Range(0, randomCases).Select(i => ($"random {i}", Random(new PCG(StableStream(endpoint.Key), seed + (ulong)i))));
        return sweep.Concat(random);
    }

    /// <summary>A stream number from the endpoint's name that does not change between processes (string.GetHashCode does).</summary>
    private static uint StableStream(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private FuzzCase Plain(string? caller = null) =>
        new([.. endpoint.PathParameters.Select(_ => knownIds.Count > 0 ? knownIds[0] : Guid.Empty.ToString())], [], null, null, [], caller ?? callers[0]);

    private IEnumerable<FuzzCase> Sweep()
    {
        if (endpoint.HasBody)
        {
            yield return Plain() with { MalformedBody = "{" };
        }

        foreach (var leaf in _leaves)
        {
            foreach (var value in FuzzValues.WorstFor(leaf.Kind))
            {
                yield return Plain() with { Mutations = [new BodyMutation(BodyMutationKind.Set, leaf.Path, value)] };
            }
        }

        foreach (var parameter in endpoint.QueryParameters)
        {
            foreach (var value in FuzzValues.QueryValuesFor(parameter).Take(2))
            {
                yield return Plain() with { Query = [new(parameter.Name, value)] };
            }
        }

        if (endpoint.Method != "GET" && endpoint.PathParameters.Count > 0)
        {
            yield return Plain() with { IfMatch = "garbage" };
        }

        foreach (var caller in callers.Skip(1))
        {
            yield return Plain(caller);
        }
    }

    private FuzzCase Random(PCG pcg)
    {
        var pathValues = endpoint.PathParameters.Select(_ => PathValue(pcg)).ToList();
        var query = endpoint.QueryParameters
            .Where(_ => Draw(Gen.Bool, pcg))
            .Select(p => new KeyValuePair<string, string>(p.Name, Pick(FuzzValues.QueryValuesFor(p), pcg)))
            .ToList();
        var ifMatch = endpoint.Method != "GET" && endpoint.PathParameters.Count > 0 && Draw(Gen.Bool, pcg) ? Pick(FuzzValues.IfMatch, pcg) : null;
        string? malformed = null;
        var mutations = new List<BodyMutation>();
        if (endpoint.HasBody)
        {
            if (Draw(Gen.Int[0, 99], pcg) < 15)
            {
                malformed = Pick(FuzzValues.MalformedBodies, pcg);
            }
            else
            {
                var count = Draw(Gen.Int[1, 3], pcg);
                for (var i = 0; i < count; i++)
                {
                    mutations.Add(Mutation(pcg));
                }
            }
        }

        return new FuzzCase(pathValues, query, ifMatch, malformed, mutations, Pick(callers, pcg));
    }

    private string PathValue(PCG pcg) => Draw(Gen.Int[0, 7], pcg) switch
    {
        < 4 when knownIds.Count > 0 => Pick(knownIds, pcg),
        < 6 => Draw(Gen.Guid, pcg).ToString(),
        _ => Pick(FuzzValues.PathIds, pcg),
    };

    private BodyMutation Mutation(PCG pcg)
    {
        var roll = Draw(Gen.Int[0, 99], pcg);
        if (_leaves.Count == 0 || roll >= 85)
        {
            return new BodyMutation(BodyMutationKind.Add, "unexpected" + Draw(Gen.Int[0, 9], pcg), Pick(FuzzValues.AnyJson, pcg));
        }

        var leaf = Pick(_leaves, pcg);
        return roll switch
        {
            < 55 => new BodyMutation(BodyMutationKind.Set, leaf.Path, Pick(FuzzValues.LikelyFor(leaf.Kind), pcg)),
            < 70 => new BodyMutation(BodyMutationKind.Set, leaf.Path, Pick(FuzzValues.AnyJson, pcg)),
            _ => new BodyMutation(BodyMutationKind.Remove, leaf.Path),
        };
    }

    private static T Pick<T>(IReadOnlyList<T> values, PCG pcg) => values[Draw(Gen.Int[0, values.Count - 1], pcg)];

    private static T Draw<T>(Gen<T> gen, PCG pcg) => gen.Generate(pcg, null, out _);
}
