namespace ChildView.UnitTests.Migration;

/// <summary>A valid pupils mapping to start from; tests change one line to make it wrong.</summary>
internal static class MappingFiles
{
    public const string Pupils = """
        source: legacy-sims
        target: education.pupils
        key: Adno
        dateFormats: [dd/MM/yyyy]
        columns:
          Adno: localId
          Forename: givenName
          Surname: familyName
          DOB: dateOfBirth
          Gender: sex
          UPN: upn
          FormerUPN: formerUpn
          UPNReason: upnUnknownReason
          NHSNo: nhsNumber
          Postcode: postcode
        codes:
          sex:
            Male: M
            Female: F
        """;

    public const string Referrals = """
        source: legacy-referrals
        target: socialcare.referrals
        key: RefID
        dateFormats: [dd/MM/yyyy]
        columns:
          Forename: givenName
          Surname: familyName
          DOB: dateOfBirth
          Gender: sex
          RefDate: referralDate
          RefSource: referralSource
          Need: primaryNeed
          NFA: referralNfa
          ClosedDate: closureDate
          ClosureReason: reasonForClosure
        codes:
          referralSource:
            POL: "6"
        """;
}
