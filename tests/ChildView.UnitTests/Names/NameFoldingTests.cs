using System.Text;
using ChildView.Contracts.Names;

namespace ChildView.UnitTests.Names;

/// <summary>A name typed on any keyboard must find the name as a service recorded it, and only that name.</summary>
public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("NGUYỄN", "nguyen")]
    [InlineData("O’Brien", "O'Brien")]
    [InlineData("O‘Brien", "OBrien")]
    [InlineData("Oʼ Brien", "O'Brien")]
    [InlineData("Smith-Jones", "Smith Jones")]
    [InlineData("Smith‐Jones", "SmithJones")] // U+2010 hyphen
    [InlineData("Smith–Jones", "Smith-Jones")] // en dash
    [InlineData("Đặng", "Dang")]
    [InlineData("đặng", "DANG")]
    [InlineData("Strauß", "Strauss")]
    [InlineData("STRAUẞ", "strauss")]
    [InlineData("Sørensen", "Sorensen")]
    [InlineData("Øberg", "oberg")]
    [InlineData("Łukasz", "Lukasz")]
    [InlineData("Wałęsa", "Walesa")]
    [InlineData("Ærø", "aero")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Þórður", "thordur")]
    [InlineData("İlkay", "ilkay")]
    [InlineData("Müller", "Muller")]
    [InlineData("Zoë", "Zoe")]
    [InlineData("  Ada   Lovelace ", "ada lovelace")]
    public void Spellings_of_one_name_fold_alike(string recorded, string typed) =>
        Assert.Equal(NameFolding.Fold(recorded), NameFolding.Fold(typed));

    [Fact]
    public void Decomposed_and_composed_forms_fold_alike_and_normalise_to_composed()
    {
        var decomposed = "Noël".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Noël", decomposed);
        Assert.Equal(NameFolding.Fold("Noël"), NameFolding.Fold(decomposed));
        Assert.Equal("Noël", NameFolding.Normalise(decomposed));
    }

    [Theory]
    [InlineData("Smith", "Smyth")]
    [InlineData("Lee", "Li")]
    [InlineData("Anna", "Anne")]
    public void Different_names_stay_different(string one, string other) =>
        Assert.NotEqual(NameFolding.Fold(one), NameFolding.Fold(other));

    [Fact]
    public void Folded_names_are_plain_lower_case_letters_and_digits()
    {
        Assert.Equal("obriensmithjones", NameFolding.Fold("O’Brien Smith-Jones"));
        Assert.Matches("^[a-z]*$", NameFolding.Fold("Nguyễn Đặng Strauß Sørensen Łukasz"));
    }

    [Fact]
    public void Normalising_keeps_the_spelling_and_only_tidies_form_and_space()
    {
        Assert.Equal("O’Brien", NameFolding.Normalise("  O’Brien "));
        Assert.Equal("Mary Jane", NameFolding.Normalise("Mary \t Jane"));
    }
}
