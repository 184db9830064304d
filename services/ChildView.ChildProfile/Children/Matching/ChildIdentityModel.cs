using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>
/// The Fellegi–Sunter model the profile matches one incoming record at a time with: m and u from the
/// embedded model file, the prior from the size of the index it is matched against, and name term
/// frequencies counted in that index.
/// </summary>
public sealed class ChildIdentityModel
{
    /// <summary>
    /// A disagreement the training data never showed (its generator never mistypes sex, say) still
    /// happens in live records; without a floor one such slip would outweigh every other agreement.
    /// </summary>
    private const double MinimumM = 0.005;

    /// <summary>How likely an incoming record is to be about a child some other record already names.</summary>
    private const double ExpectedMatchesPerRecord = 0.5;

    /// <summary>
    /// The prior is taken against a county's child population (about 170,000 in Derbyshire), not the
    /// index's current size: a nearly empty index at go-live, in a demo or during a rebuild must not
    /// lower the bar, and a fixed prior makes every decision independent of arrival order.
    /// </summary>
    public const long CountyChildren = 200_000;

    private readonly double[][] m;
    private readonly double[][] u;

    public ChildIdentityModel(string modelJson)
    {
        Comparisons = ComparisonSet.Standard(new ChildIdentifierValidator(), strictNameSwaps: true);
        (m, u) = ModelFile.Parse(modelJson, Comparisons);
        m = m.Select(row => row.Select(p => Math.Max(p, MinimumM)).ToArray()).ToArray();
        Guard = new HouseholdGuard(Comparisons);
        GivenNameComparison = ComparisonSet.Require(Comparisons, c => c is NameComparison { Fields: PersonField.GivenName }, "given name");
        SurnameComparison = ComparisonSet.Require(Comparisons, c => c is NameComparison { Fields: PersonField.Surname }, "surname");
    }

    public static ChildIdentityModel Embedded { get; } = LoadEmbedded();

    public IReadOnlyList<IComparison> Comparisons { get; }

    public HouseholdGuard Guard { get; }

    public int GivenNameComparison { get; }

    public int SurnameComparison { get; }

    /// <summary>The model with name term frequencies counted in the index the record is matched against.</summary>
    public FellegiSunterModel For(TermFrequencies termFrequencies) =>
        new(Comparisons, m, u, ExpectedMatchesPerRecord / CountyChildren, termFrequencies);

    private static ChildIdentityModel LoadEmbedded()
    {
        using var stream = typeof(ChildIdentityModel).Assembly.GetManifestResourceStream("ChildView.IdentityModel.json")
            ?? throw new InvalidOperationException("The identity model is not embedded in ChildView.ChildProfile.");
        using var reader = new StreamReader(stream);
        return new ChildIdentityModel(reader.ReadToEnd());
    }
}
