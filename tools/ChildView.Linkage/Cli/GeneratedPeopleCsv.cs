using System.Globalization;
using ChildView.Linkage.Generation;

namespace ChildView.Linkage.Cli;

/// <summary>
/// Writes a seeded messy person list (see <see cref="MessyPeople"/>) as CSV, with the date of birth in
/// three columns because parts of it may be missing: read it back with --dob-day/--dob-month/--dob-year.
/// </summary>
public static class GeneratedPeopleCsv
{
    public const string Header = "rec_id,given_name,surname,dob_day,dob_month,dob_year,sex,postcode,street_number,address_1,address_2,suburb,soc_sec_id,cluster";

    public static int Write(string path, int records, int seed)
    {
        var dataset = MessyPeople.Generate(records, seed);
        using var writer = new StreamWriter(path);
        writer.WriteLine(Header);
        for (var i = 0; i < dataset.Records.Count; i++)
        {
            var r = dataset.Records[i];
            string?[] fields =
            [
                r.Id, r.GivenName, r.Surname, Number(r.DateOfBirth.Day), Number(r.DateOfBirth.Month), Number(r.DateOfBirth.Year), r.Sex, r.Postcode,
                r.Address.StreetNumber, r.Address.Street, r.Address.Locality, r.Address.Town, r.StrongId, dataset.Cluster[i].ToString(CultureInfo.InvariantCulture),
            ];
            writer.WriteLine(string.Join(',', fields.Select(Quote)));
        }

        return dataset.Records.Count;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string? value) =>
        value is null ? "" : value.Contains(',') || value.Contains('"') ? '"' + value.Replace("\"", "\"\"") + '"' : value;
}
