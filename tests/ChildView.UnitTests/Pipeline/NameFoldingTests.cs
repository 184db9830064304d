using System.Text;
using ChildView.ServiceKit.Text;

namespace ChildView.UnitTests.Pipeline;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Đặng", "dang")]
    [InlineData("Strauß", "strauss")]
    [InlineData("Søren", "soren")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("  Mary   Ann ", "mary ann")]
    public void A_name_folds_to_its_plain_spelling(string name, string folded) => Assert.Equal(folded, NameFolding.Fold(name));

    [Fact]
    public void Decomposed_and_composed_forms_fold_and_normalise_alike()
    {
        var decomposed = "Noe\u0308l";
        Assert.Equal(NameFolding.Fold("No\u00EBl"), NameFolding.Fold(decomposed));
        Assert.Equal("No\u00EBl", NameFolding.Normalise(decomposed));
        Assert.True(NameFolding.Normalise(decomposed).IsNormalized(NormalizationForm.FormC));
    }
}
