namespace ChildView.SocialCare.LookedAfterEpisodes;

/// <summary>SSDA903 (children looked after return) code sets for an episode of care.</summary>
public static class Ssda903Codes
{
    /// <summary>RNE: S started to be looked after; L change of legal status only; P change of placement and carer only; T change of placement only (same carer); U change of legal status and placement and carer; B change of legal status and placement (same carer).</summary>
    public static readonly IReadOnlySet<string> ReasonsForNewEpisode = new HashSet<string>(["S", "L", "P", "T", "U", "B"], StringComparer.Ordinal);

    /// <summary>LS: care orders (C1 interim, C2 full), freeing (D1) and placement (E1) orders, s.20 accommodation (V2; V3/V4 short breaks), emergency orders (L1–L3), youth justice (J1–J3).</summary>
    public static readonly IReadOnlySet<string> LegalStatuses = new HashSet<string>(
        ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"],
        StringComparer.Ordinal);

    /// <summary>PLACE: placed for adoption (A3–A6), children's homes and supported accommodation (K1–K3), with parents (P1), residential employment (P3), other residential (R1–R3, R5), secure unit (S1), temporary (T0–T4), foster care (U1–U6), other (Z11–Z14).</summary>
    public static readonly IReadOnlySet<string> PlacementTypes = new HashSet<string>(
        [
            "A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1",
            "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14",
        ],
        StringComparer.Ordinal);

    /// <summary>PLACE_PROVIDER: PR0 parent(s) or other person with parental responsibility; PR1 own LA; PR2 other LA; PR3 other public; PR4 private; PR5 voluntary.</summary>
    public static readonly IReadOnlySet<string> PlacementProviders = new HashSet<string>(["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"], StringComparer.Ordinal);

    /// <summary>REC: why the episode ended (E11 … E9 ceased to be looked after; X1 episode ended and a new one began).</summary>
    public static readonly IReadOnlySet<string> ReasonsEpisodeCeased = new HashSet<string>(
        [
            "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41", "E45", "E46", "E47", "E48",
            "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "X1",
        ],
        StringComparer.Ordinal);
}
