using System.Collections.Concurrent;
using ChildView.Linkage.Blocking;
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
        return new LinkageResult(Score(model, left, right, pairs, vectors), model, pairs.Count, generator.DroppedPairs);
    }

    public ScoredPair[] Score(FellegiSunterModel model, IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right,
        IReadOnlyList<CandidatePair> pairs, ComparisonVectors vectors)
    {
        var guard = new TwinGuard(model.Comparisons);
        ScoredPair? ScoreOne(int p)
        {
            var (a, b) = (left[pairs[p].Left], right[pairs[p].Right]);
            var levels = vectors.For(p);
            var weight = model.MatchWeight(levels, a, b);
            var decision = options.Decision.Decide(weight);
            if (options.GuardTwins)
                decision = guard.Apply(decision, levels);
            if (!options.RetainNonMatches && decision == MatchDecision.NonMatch)
                return null;
            return new ScoredPair(pairs[p].Left, pairs[p].Right, a.Id, b.Id, weight, FellegiSunterModel.Probability(weight), decision);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        if (options.RetainNonMatches)
        {
            var scored = new ScoredPair[pairs.Count];
            Parallel.ForEach(Partitioner.Create(0, pairs.Count, ChunkSize), parallel, range =>
            {
                for (var p = range.Item1; p < range.Item2; p++)
                    scored[p] = ScoreOne(p)!;
            });
            return scored;
        }

        // Only matches and possibles kept: each chunk collects its own, concatenated in pair order.
        var chunks = new List<ScoredPair>[(pairs.Count + ChunkSize - 1) / ChunkSize];
        Parallel.For(0, chunks.Length, parallel, chunk =>
        {
            var kept = new List<ScoredPair>();
            for (var p = chunk * ChunkSize; p < Math.Min(pairs.Count, (chunk + 1) * ChunkSize); p++)
            {
                if (ScoreOne(p) is { } pair)
                    kept.Add(pair);
            }
            chunks[chunk] = kept;
        });
        return chunks.SelectMany(c => c).ToArray();
    }
}
