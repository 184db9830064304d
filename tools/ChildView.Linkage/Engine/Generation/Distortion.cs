namespace ChildView.Linkage.Generation;

/// <summary>What a record got differently from the truth; kept with each record so tests and benchmarks can say why pairs were missed.</summary>
[Flags]
public enum Distortion
{
    None = 0,
    SpellingVariant = 1 << 0,
    KnownAs = 1 << 1,
    Initial = 1 << 2,
    GivenTypo = 1 << 3,
    SurnameTypo = 1 << 4,
    NamesSwapped = 1 << 5,
    SurnameChanged = 1 << 6,
    DobMissing = 1 << 7,
    DayMonthSwapped = 1 << 8,
    YearOffByOne = 1 << 9,
    DobPartWrong = 1 << 10,
    DobPartMissing = 1 << 11,
    SexWrong = 1 << 12,
    Moved = 1 << 13,
    PostcodeTypo = 1 << 14,
    StreetTypo = 1 << 15,
    NhsTypo = 1 << 16,
    NhsFromSibling = 1 << 17,
    UpnTypo = 1 << 18,
}
