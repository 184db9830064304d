using System.Globalization;
using ChildView.Contracts.Identifiers;

namespace ChildView.Migration.Generation;

/// <summary>
/// Seeded generator of realistic messy legacy extracts in the shape of the sample mappings
/// (<c>samples/*.yaml</c>): typos and swapped names, missing fields, ids failing their checksum, repeated
/// source keys, the same child again under a new key, legacy codes beside DfE ones, dates in the source's
/// format with the odd impossible or future one. Same seed, kind and size ⇒ the same file.
/// </summary>
public sealed class LegacyExtractGenerator(int seed = 20261125, DateOnly? today = null)
{
    public static readonly string[] PupilColumns = ["Adno", "Forename", "Surname", "DOB", "Gender", "UPN", "FormerUPN", "UPNReason", "NHSNo", "Addr1", "Town", "Postcode"];
    public static readonly string[] ReferralColumns = ["RefID", "Forename", "Surname", "DOB", "Gender", "NHSNo", "Postcode", "RefDate", "RefSource", "Need", "NFA", "ClosedDate", "ClosureReason"];

    private static readonly string[] Given = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Florence", "Grace", "Noah", "Oliver", "George", "Arthur", "Leo", "Muhammad", "Harry", "Oscar", "Archie", "Henry", "Theo", "Jack", "Charlie", "Jacob", "Thomas", "Emily", "Sophie", "Ruby", "Poppy", "Evie"];
    private static readonly string[] Family = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen"];
    private static readonly string[] Towns = ["Derby", "Chesterfield", "Buxton", "Matlock", "Ilkeston", "Long Eaton", "Glossop", "Belper", "Ripley", "Swadlincote", "Ashbourne", "Bakewell"];
    private static readonly string[] Districts = ["DE1", "DE21", "DE22", "DE23", "DE24", "DE4", "DE5", "DE7", "DE11", "DE55", "DE56", "DE6", "DE72", "DE75", "S40", "S41", "S42", "S43", "S44", "SK13", "SK17"];
    private static readonly string[] Streets = ["Church Street", "Station Road", "Park Lane", "Victoria Street", "Mill Lane", "High Street", "The Green", "Chapel Street", "School Lane", "Queen Street", "Derby Road", "Nottingham Road"];
    private static readonly string[] LegacySex = ["M", "F", "Male", "Female", "1", "2", "m", "f"];
    private static readonly string[] LegacyReferralSources = ["POL", "SCH", "GP", "HV", "SELF", "FAM", "LA", "ANON", "HOUS", "2A", "6", "3A", "1A", "5D"];
    private static readonly string[] LegacyNeeds = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "ABUSE", "DISAB"];
    private static readonly string[] ClosureReasons = ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9", "NFA"];

    private readonly Random _random = new(seed);
    private readonly DateOnly _today = today ?? new DateOnly(2026, 11, 25);

    /// <summary>Writes <paramref name="rows"/> data rows of pupils or referrals to a .csv or .xlsx file.</summary>
    public void Write(string kind, int rows, string path)
    {
        var pupils = kind switch
        {
            "pupils" or "education.pupils" => true,
            "referrals" or "socialcare.referrals" => false,
            _ => throw new ArgumentException($"unknown extract kind '{kind}' (pupils|referrals)"),
        };
        var columns = pupils ? PupilColumns : ReferralColumns;
        var dateColumns = columns.Select((c, i) => (c, i)).Where(p => p.c is "DOB" or "RefDate" or "ClosedDate").Select(p => p.i).ToArray();
        using var writer = IExtractWriter.Create(path, dateColumns);
        writer.WriteRow(columns);
        var written = new List<(LegacyPerson Person, string?[] Row)>();
        for (var i = 0; i < rows; i++)
        {
            string?[] row;
            var roll = _random.NextDouble();
            if (written.Count > 10 && roll < 0.015)
            {
                row = (string?[])written[_random.Next(written.Count)].Row.Clone(); // the same row exported twice
            }
            else
            {
                var person = written.Count > 10 && roll < 0.035 ? Resembling(written[_random.Next(written.Count)].Person) : NewPerson();
                var key = (pupils ? "A" : "R") + (100000 + i).ToString(CultureInfo.InvariantCulture);
                row = pupils ? PupilRow(key, person) : ReferralRow(key, person);
                if (written.Count < 50_000)
                    written.Add((person, row));
                else
                    written[_random.Next(written.Count)] = (person, row);
            }

            writer.WriteRow(row);
        }
    }

    private LegacyPerson NewPerson()
    {
        var born = _today.AddDays(-_random.Next(365, 365 * 18));
        var district = Districts[_random.Next(Districts.Length)];
        var postcode = $"{district} {_random.Next(1, 10)}{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}";
        var upn = _random.NextDouble() < 0.9 ? NewUpn() : null;
        var nhs = _random.NextDouble() < 0.7 ? NewNhs() : null;
        return new LegacyPerson(Given[_random.Next(Given.Length)], Family[_random.Next(Family.Length)], born, _random.Next(2) == 0 ? "M" : "F", upn, nhs,
            $"{_random.Next(1, 200)} {Streets[_random.Next(Streets.Length)]}", Towns[_random.Next(Towns.Length)], postcode);
    }

    /// <summary>The same child typed in again by someone else: a typo, swapped names or a nickname-ish change.</summary>
    private LegacyPerson Resembling(LegacyPerson original) => _random.Next(3) switch
    {
        0 => original with { Given = Typo(original.Given) },
        1 => original with { Given = original.Family, Family = original.Given },
        _ => original with { Family = Typo(original.Family), Upn = null },
    };

    private string?[] PupilRow(string key, LegacyPerson p)
    {
        var upn = p.Upn;
        string? reason = null;
        if (upn is not null && _random.NextDouble() < 0.03)
            upn = Corrupt(upn);
        if (upn is null)
            reason = _random.NextDouble() < 0.8 ? "UN2" : "U4"; // U4: a legacy code mapped to UN4
        var former = _random.NextDouble() < 0.02 ? NewUpn() : null;
        return [key, MaybeMissing(p.Given, 0.005), MaybeMissing(p.Family, 0.01), LegacyDate(p.Born), Sex(p.Sex), upn, former, reason,
            Nhs(p.Nhs), p.Line1, p.Town, MessyPostcode(p.Postcode)];
    }

    private string?[] ReferralRow(string key, LegacyPerson p)
    {
        var referred = p.Born.AddDays(_random.Next(0, Math.Max(1, _today.DayNumber - p.Born.DayNumber)));
        string? closed = null, reason = null;
        if (_random.NextDouble() < 0.4)
        {
            var closedOn = _random.NextDouble() < 0.01 ? referred.AddDays(-30) : referred.AddDays(_random.Next(0, Math.Max(1, _today.DayNumber - referred.DayNumber)));
            closed = LegacyDate(closedOn);
            reason = _random.NextDouble() < 0.01 ? null : ClosureReasons[_random.Next(ClosureReasons.Length)];
        }

        var source = _random.NextDouble() < 0.01 ? "ZZZ" : LegacyReferralSources[_random.Next(LegacyReferralSources.Length)];
        return [key, MaybeMissing(p.Given, 0.005), MaybeMissing(p.Family, 0.01), LegacyDate(p.Born), Sex(p.Sex), Nhs(p.Nhs), MessyPostcode(p.Postcode),
            LegacyDate(referred), source, _random.NextDouble() < 0.5 ? LegacyNeeds[_random.Next(LegacyNeeds.Length)] : null,
            _random.NextDouble() < 0.2 ? "Y" : "N", closed, reason];
    }

    private string? LegacyDate(DateOnly date)
    {
        var roll = _random.NextDouble();
        if (roll < 0.004)
            return "31/02/" + date.Year.ToString(CultureInfo.InvariantCulture); // no such day
        if (roll < 0.006)
            return _today.AddDays(_random.Next(1, 400)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture); // in the future
        if (roll < 0.01)
            return null;
        return roll < 0.1 ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    private string? Sex(string sex)
    {
        if (_random.NextDouble() < 0.01)
            return "X";
        var options = LegacySex.Where(s => s.StartsWith(sex, StringComparison.OrdinalIgnoreCase) || s == (sex == "M" ? "1" : "2")).ToArray();
        return options[_random.Next(options.Length)];
    }

    private string? Nhs(string? nhs) => nhs is null ? null : _random.NextDouble() < 0.02 ? Corrupt(nhs) : _random.NextDouble() < 0.3 ? $"{nhs[..3]} {nhs[3..6]} {nhs[6..]}" : nhs;

    private string? MessyPostcode(string postcode)
    {
        var roll = _random.NextDouble();
        return roll < 0.005 ? "DE!" : roll < 0.02 ? null : roll < 0.2 ? postcode.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() : postcode;
    }

    private string? MaybeMissing(string value, double share) => _random.NextDouble() < share ? null : _random.NextDouble() < 0.02 ? Typo(value) : value;

    private string NewUpn()
    {
        var body = "830" + _random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) + _random.Next(10, 30).ToString(CultureInfo.InvariantCulture) + _random.Next(0, 999).ToString("000", CultureInfo.InvariantCulture);
        return UniquePupilNumber.CheckLetterFor(body) + body;
    }

    private string NewNhs()
    {
        while (true)
        {
            var nine = _random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
            if (NhsNumber.CheckDigitFor(nine) is { } check)
                return nine + check.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>One digit changed: the checksum then fails (mod 23 / mod 11 catch every single-digit change).</summary>
    private string Corrupt(string id)
    {
        var chars = id.ToCharArray();
        var at = 1 + _random.Next(chars.Length - 2);
        chars[at] = chars[at] == '9' ? '0' : (char)(chars[at] + 1);
        return new string(chars);
    }

    private string Typo(string value)
    {
        if (value.Length < 3)
            return value;
        var at = 1 + _random.Next(value.Length - 2);
        return _random.Next(2) == 0 ? value.Remove(at, 1) : value[..at] + value[at + 1] + value[at] + value[(at + 2)..];
    }
}
