using System.Collections.Concurrent;
using ChildView.Linkage.Blocking;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.Linkage;

/// <summary>
/// The pipeline: block → compare → train (unsupervised) → score → decide. <see cref="Dedupe"/> finds
/// duplicate people within one list; <see cref="Link"/> finds the same people across two.
/// </summary>
public sealed class LinkageEngine(LinkageOptions? options = null)
{
    private const int ChunkSize = 1 << 16;

    private readonly LinkageOptions options = options ?? new LinkageOptions();

    public LinkageResult Dedupe(IReadOnlyList<PersonRecord> records) => Run(records, records, sameList: true);

    public LinkageResult Link(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right) => Run(left, right, sameList: false);

    private LinkageResult Run(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right, bool sameList)
    {
        var comparisons = options.Comparisons();
        var generator = new CandidateGenerator(options.BlockingRules, options.MaxBlockSize, options.PairBudgetPerRecord);
        var pairs = sameList ? generator.Dedupe(left) : generator.Link(left, right);
        var vectors = ComparisonVectors.Compute(comparisons, left, right, pairs);
        var model = new ModelTrainer(options.RandomPairSamples, options.Seed)
            .Train(comparisons, options.BlockingRules, left, right, sameList, pairs, vectors);
        var (scored, expected, policy) = Score(model, left, right, pairs, vectors);
        return new LinkageResult(scored, model, pairs.Count, generator.DroppedPairs, expected) { Policy = policy };
    }

    /// <summary>
    /// Every candidate's weight and decision (guards applied), the model's expected precision and recall over all of
    /// them, and the policy decided with — its threshold fitted to these candidates when the options ask for that.
    /// </summary>
    public (ScoredPair[] Pairs, ExpectedAccuracy Expected, DecisionPolicy Policy) Score(FellegiSunterModel model, IReadOnlyList<PersonRecord> left,
        IReadOnlyList<PersonRecord> right, IReadOnlyList<CandidatePair> pairs, ComparisonVectors vectors)
    {
        var guards = new DecisionGuards(options, model.Comparisons, left, right);
        var policy = options.Decision.Target is { } target
            ? options.Decision.FittedTo(LinkableWeights(model, left, right, pairs, vectors, guards, target.FloorWeight))
            : options.Decision;
        var expected = ExpectedAccuracy.None;
        var tally = new object();
        ScoredPair? ScoreOne(int p, ref ExpectedAccuracy accuracy)
        {
            var (a, b) = (left[pairs[p].Left], right[pairs[p].Right]);
            var levels = vectors.For(p);
            var weight = model.MatchWeight(levels, a, b);
            var decision = guards.Apply(policy.Decide(weight), levels, a, b);
            var probability = FellegiSunterModel.Probability(weight);
            accuracy = accuracy.Add(probability, decision);
            if (!options.RetainNonMatches && decision == MatchDecision.NonMatch)
                return null;
            return new ScoredPair(pairs[p].Left, pairs[p].Right, a.Id, b.Id, weight, probability, decision);
        }

        void Tally(ExpectedAccuracy chunk)
        {
            lock (tally)
                expected = expected.Plus(chunk);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        if (options.RetainNonMatches)
        {
            var scored = new ScoredPair[pairs.Count];
            Parallel.ForEach(Partitioner.Create(0, pairs.Count, ChunkSize), parallel, range =>
            {
                var accuracy = ExpectedAccuracy.None;
                for (var p = range.Item1; p < range.Item2; p++)
                    scored[p] = ScoreOne(p, ref accuracy)!;
                Tally(accuracy);
            });
            return (scored, expected, policy);
        }

        // Only matches and possibles kept: each chunk collects its own, concatenated in pair order.
        var chunks = new List<ScoredPair>[(pairs.Count + ChunkSize - 1) / ChunkSize];
        Parallel.For(0, chunks.Length, parallel, chunk =>
        {
            var kept = new List<ScoredPair>();
            var accuracy = ExpectedAccuracy.None;
            for (var p = chunk * ChunkSize; p < Math.Min(pairs.Count, (chunk + 1) * ChunkSize); p++)
            {
                if (ScoreOne(p, ref accuracy) is { } pair)
                    kept.Add(pair);
            }
            chunks[chunk] = kept;
            Tally(accuracy);
        });
        return (chunks.SelectMany(c => c).ToArray(), expected, policy);
    }

    /// <summary>The weights, at or above <paramref name="floorWeight"/>, of the pairs no guard would hold back from a link.</summary>
    private static List<double> LinkableWeights(FellegiSunterModel model, IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right,
        IReadOnlyList<CandidatePair> pairs, ComparisonVectors vectors, DecisionGuards guards, double floorWeight)
    {
        var chunks = new List<double>[(pairs.Count + ChunkSize - 1) / ChunkSize];
        Parallel.For(0, chunks.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, chunk =>
        {
            var linkable = new List<double>();
            for (var p = chunk * ChunkSize; p < Math.Min(pairs.Count, (chunk + 1) * ChunkSize); p++)
            {
                var (a, b) = (left[pairs[p].Left], right[pairs[p].Right]);
                var levels = vectors.For(p);
                var weight = model.MatchWeight(levels, a, b);
                if (weight >= floorWeight && guards.Apply(MatchDecision.Match, levels, a, b) == MatchDecision.Match)
                    linkable.Add(weight);
            }
            chunks[chunk] = linkable;
        });
        return chunks.SelectMany(c => c).ToList();
    }
}
