using ChildView.Linkage.Records;

namespace ChildView.Linkage.Blocking;

/// <summary>Applies blocking rules and unions their pairs, so a pair found by several rules is scored once.</summary>
public sealed class CandidateGenerator(IReadOnlyList<BlockingRule> rules, int maxBlockSize = 2000)
{
    public IReadOnlyList<BlockingRule> Rules => rules;

    public IReadOnlyList<CandidatePair> Dedupe(IReadOnlyList<PersonRecord> records)
    {
        if (rules.Count > 31)
            throw new InvalidOperationException("at most 31 blocking rules fit the rule mask");
        var masks = new Dictionary<long, int>();
        for (var r = 0; r < rules.Count; r++)
        {
            foreach (var block in Blocks(records, rules[r]))
            {
                for (var i = 0; i < block.Count; i++)
                    for (var j = i + 1; j < block.Count; j++)
                        Add(masks, block[i], block[j], r);
            }
        }
        return ToPairs(masks);
    }

    public IReadOnlyList<CandidatePair> Link(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right)
    {
        var masks = new Dictionary<long, int>();
        for (var r = 0; r < rules.Count; r++)
        {
            var rightBlocks = BlocksByKey(right, rules[r]);
            for (var i = 0; i < left.Count; i++)
            {
                var key = rules[r].Key(left[i]);
                if (key is null || !rightBlocks.TryGetValue(key, out var block) || block.Count > maxBlockSize)
                    continue;
                foreach (var j in block)
                    Add(masks, i, j, r);
            }
        }
        return ToPairs(masks);
    }

    private IEnumerable<List<int>> Blocks(IReadOnlyList<PersonRecord> records, BlockingRule rule) =>
        // An oversized block (a placeholder value everyone shares) would explode the pair count for no recall.
        BlocksByKey(records, rule).Values.Where(b => b.Count > 1 && b.Count <= maxBlockSize);

    private static Dictionary<string, List<int>> BlocksByKey(IReadOnlyList<PersonRecord> records, BlockingRule rule)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var key = rule.Key(records[i]);
            if (key is null)
                continue;
            if (!blocks.TryGetValue(key, out var block))
                blocks[key] = block = [];
            block.Add(i);
        }
        return blocks;
    }

    private static void Add(Dictionary<long, int> masks, int left, int right, int rule)
    {
        var key = ((long)left << 32) | (uint)right;
        masks[key] = masks.GetValueOrDefault(key) | (1 << rule);
    }

    private static List<CandidatePair> ToPairs(Dictionary<long, int> masks)
    {
        var pairs = new List<CandidatePair>(masks.Count);
        foreach (var (key, mask) in masks)
            pairs.Add(new CandidatePair((int)(key >> 32), (int)(key & 0xFFFFFFFF), mask));
        // Deterministic order: results and EM do not depend on hash-table iteration.
        pairs.Sort((a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));
        return pairs;
    }
}
