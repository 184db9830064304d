using System.Globalization;

namespace ChildView.Linkage.Generation;

/// <summary>
/// Writes generated records as CSV, streamed. Column names are the linkage command's defaults, so the
/// file reads back with only <c>--dob-day dob_day --dob-month dob_month --dob-year dob_year</c> (parts of
/// a date of birth may be missing); <c>soc_sec_id</c> holds the NHS number, <c>upn</c> the UPN, and
/// <c>person_id</c> is the truth.
/// </summary>
public static class PopulationCsv
{
    public const string Header =
        "rec_id,given_name,surname,dob_day,dob_month,dob_year,sex,postcode,street_number,address_1,address_2,suburb,soc_sec_id,upn,source,person_id";

    public static int Write(TextWriter writer, IEnumerable<GeneratedRecord> records)
    {
        writer.WriteLine(Header);
        var written = 0;
        foreach (var r in records)
        {
            string?[] fields =
            [
                r.Id, r.GivenName, r.Surname, Number(r.DateOfBirth.Day), Number(r.DateOfBirth.Month), Number(r.DateOfBirth.Year), r.Sex,
                r.Postcode, r.Address.StreetNumber, r.Address.Street, r.Address.Locality, r.Address.Town, r.NhsNumber, r.Upn, r.Source.Name,
                Number(r.Truth.Id),
            ];
            writer.WriteLine(string.Join(',', fields.Select(Quote)));
            written++;
        }
        return written;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string? value) =>
        value is null ? "" : value.Contains(',') || value.Contains('"') ? '"' + value.Replace("\"", "\"\"") + '"' : value;
}
