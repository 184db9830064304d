namespace ChildView.Linkage.Generation;

/// <summary>A postcode district (outward code) and the town its addresses give.</summary>
public sealed record PostcodeDistrict(string Outward, string Town, int Streets)
{
    /// <summary>
    /// A Derbyshire-shaped county, busiest districts first, then a few districts elsewhere that
    /// households move to. Streets per district is what keeps address collisions realistic at 1M people.
    /// </summary>
    public static IReadOnlyList<PostcodeDistrict> County { get; } =
    [
        new("DE22", "Derby", 900), new("DE23", "Derby", 900), new("DE21", "Derby", 800), new("DE24", "Derby", 800),
        new("S40", "Chesterfield", 700), new("DE1", "Derby", 400), new("DE7", "Ilkeston", 700), new("NG10", "Long Eaton", 600),
        new("DE11", "Swadlincote", 600), new("S41", "Chesterfield", 600), new("DE55", "Alfreton", 500), new("DE56", "Belper", 500),
        new("DE5", "Ripley", 500), new("DE75", "Heanor", 400), new("S43", "Staveley", 400), new("S42", "Chesterfield", 400),
        new("SK13", "Glossop", 400), new("SK17", "Buxton", 400), new("DE4", "Matlock", 400), new("S18", "Dronfield", 300),
        new("S44", "Bolsover", 300), new("S45", "Clay Cross", 300), new("DE3", "Derby", 400), new("DE12", "Swadlincote", 300),
        new("DE6", "Ashbourne", 300), new("DE65", "Hilton", 250), new("DE72", "Draycott", 200), new("DE73", "Melbourne", 200),
        new("S21", "Eckington", 200), new("SK22", "New Mills", 200), new("SK23", "Chapel-en-le-Frith", 150), new("NG16", "Eastwood", 200),
    ];

    /// <summary>Elsewhere in England: where the households that leave the county go.</summary>
    public static IReadOnlyList<PostcodeDistrict> Elsewhere { get; } =
    [
        new("NG7", "Nottingham", 600), new("S8", "Sheffield", 600), new("M14", "Manchester", 600), new("B10", "Birmingham", 600),
        new("LS8", "Leeds", 500), new("E1", "London", 500), new("SW1A", "London", 100), new("LE4", "Leicester", 500),
    ];
}
