using ChildView.Linkage.Records;

namespace ChildView.Linkage.Blocking;

/// <summary>
/// Applies blocking rules and unions their pairs, so a pair found by several rules is scored once.
/// Pairs are packed as longs (left &lt;&lt; 32 | right), sorted and deduplicated per rule, then merged —
/// no per-pair objects or hash table, so tens of millions of candidates stay cheap.
/// </summary>
/// <remarks>
/// Two caps per rule: a fixed block size (<c>maxBlockSize</c>) and a pair budget of
/// <c>pairBudgetPerRecord</c> × records. When a rule's blocks would exceed the budget, its largest blocks
/// are skipped (largest first: a huge block is the least specific evidence) until the rest fit. On
/// FEBRL-sized inputs no rule comes near the budget; at a million records a coarse key such as two-letter
/// name prefixes would otherwise yield hundreds of millions of pairs.
/// </remarks>
public sealed class CandidateGenerator(IReadOnlyList<BlockingRule> rules, int maxBlockSize = 2000, double pairBudgetPerRecord = 10)
{
    public IReadOnlyList<BlockingRule> Rules => rules;

    /// <summary>Pairs inside blocks larger than the cap, skipped by the last Dedupe/Link (summed over rules).</summary>
    public long DroppedPairs { get; private set; }

    /// <summary>Blocks larger than the cap, skipped by the last Dedupe/Link.</summary>
    public int DroppedBlocks { get; private set; }

    public IReadOnlyList<CandidatePair> Dedupe(IReadOnlyList<PersonRecord> records)
    {
        CheckRuleCount();
        DroppedPairs = 0;
        DroppedBlocks = 0;
        var perRule = new long[rules.Count][];
        for (var r = 0; r < rules.Count; r++)
        {
            var blocks = BlocksByKey(records, rules[r]);
            var cap = BudgetedBlockSize(blocks.Values.Select(b => b.Count), (long)(pairBudgetPerRecord * records.Count), b => (long)b * (b - 1) / 2);
            long total = 0;
            foreach (var block in blocks.Values)
            {
                if (block.Count > cap)
                {
                    // An oversized block (a placeholder value everyone shares) would explode the pair count for no recall.
                    DroppedPairs += (long)block.Count * (block.Count - 1) / 2;
                    DroppedBlocks++;
                }
                else
                    total += (long)block.Count * (block.Count - 1) / 2;
            }
            var keys = new long[total];
            var at = 0;
            foreach (var block in blocks.Values)
            {
                if (block.Count < 2 || block.Count > cap)
                    continue;
                // Block members are in ascending record order, so i < j gives left < right.
                for (var i = 0; i < block.Count; i++)
                    for (var j = i + 1; j < block.Count; j++)
                        keys[at++] = Pack(block[i], block[j]);
            }
            perRule[r] = SortedUnique(keys);
        }
        return Merge(perRule);
    }

    public IReadOnlyList<CandidatePair> Link(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right)
    {
        CheckRuleCount();
        DroppedPairs = 0;
        DroppedBlocks = 0;
        var perRule = new long[rules.Count][];
        for (var r = 0; r < rules.Count; r++)
        {
            var rightBlocks = BlocksByKey(right, rules[r]);
            var leftSizes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var record in left)
            {
                if (rules[r].Key(record) is { } k && rightBlocks.ContainsKey(k))
                    leftSizes[k] = leftSizes.GetValueOrDefault(k) + 1;
            }
            // Link blocks are measured by their right side (as before); the budget counts left × right pairs.
            var cap = BudgetedBlockSize(leftSizes.Select(kv => rightBlocks[kv.Key].Count), leftSizes.Select(kv => (long)kv.Value * rightBlocks[kv.Key].Count).ToList(),
                (long)(pairBudgetPerRecord * Math.Max(left.Count, right.Count)));
            var keys = new List<long>();
            var oversize = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < left.Count; i++)
            {
                var key = rules[r].Key(left[i]);
                if (key is null || !rightBlocks.TryGetValue(key, out var block))
                    continue;
                if (block.Count > cap)
                {
                    DroppedPairs += block.Count;
                    if (oversize.Add(key))
                        DroppedBlocks++;
                    continue;
                }
                foreach (var j in block)
                    keys.Add(Pack(i, j));
            }
            perRule[r] = SortedUnique(keys.ToArray());
        }
        return Merge(perRule);
    }

    private void CheckRuleCount()
    {
        if (rules.Count > 31)
            throw new InvalidOperationException("at most 31 blocking rules fit the rule mask");
    }

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

    /// <summary>The largest block size ≤ maxBlockSize whose blocks (all of that size and smaller) fit the pair budget.</summary>
    private int BudgetedBlockSize(IEnumerable<int> sizes, long budget, Func<int, long> pairsOf)
    {
        var list = sizes.ToList();
        return BudgetedBlockSize(list, list.Select(pairsOf).ToList(), budget);
    }

    private int BudgetedBlockSize(IEnumerable<int> sizes, IReadOnlyList<long> pairs, long budget)
    {
        var bySize = new SortedDictionary<int, long>();
        var i = 0;
        foreach (var size in sizes)
        {
            bySize[size] = bySize.GetValueOrDefault(size) + pairs[i++];
        }
        var cap = 1;
        long sum = 0;
        foreach (var (size, pairCount) in bySize)
        {
            if (size > maxBlockSize || sum + pairCount > budget)
                break;
            sum += pairCount;
            cap = size;
        }
        return cap;
    }

    private static long Pack(int left, int right) => ((long)left << 32) | (uint)right;

    private static long[] SortedUnique(long[] keys)
    {
        Array.Sort(keys);
        var unique = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (unique == 0 || keys[i] != keys[unique - 1])
                keys[unique++] = keys[i];
        }
        return unique == keys.Length ? keys : keys[..unique];
    }

    /// <summary>
    /// k-way merge of the rules' sorted pair lists into one list ordered by (left, right), each pair
    /// carrying the mask of rules that found it. Deterministic: no hash-table iteration order involved.
    /// </summary>
    private static CandidatePair[] Merge(long[][] perRule)
    {
        var union = 0L;
        {
            // Count the union first so the result is allocated once.
            var cursor = new int[perRule.Length];
            while (Next(perRule, cursor, out _, out _))
                union++;
        }
        var pairs = new CandidatePair[union];
        var positions = new int[perRule.Length];
        var at = 0;
        while (Next(perRule, positions, out var key, out var mask))
            pairs[at++] = new CandidatePair((int)(key >> 32), (int)(key & 0xFFFFFFFF), mask);
        return pairs;
    }

    private static bool Next(long[][] perRule, int[] positions, out long key, out int mask)
    {
        key = long.MaxValue;
        mask = 0;
        var any = false;
        for (var r = 0; r < perRule.Length; r++)
        {
            if (positions[r] < perRule[r].Length && perRule[r][positions[r]] <= key)
            {
                key = perRule[r][positions[r]];
                any = true;
            }
        }
        if (!any)
            return false;
        for (var r = 0; r < perRule.Length; r++)
        {
            if (positions[r] < perRule[r].Length && perRule[r][positions[r]] == key)
            {
                mask |= 1 << r;
                positions[r]++;
            }
        }
        return true;
    }
}
