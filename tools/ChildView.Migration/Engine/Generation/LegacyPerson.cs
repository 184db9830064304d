namespace ChildView.Migration.Generation;

/// <summary>A generated child as a legacy system would hold them, before the extract's mess is applied.</summary>
internal sealed record LegacyPerson(string Given, string Family, DateOnly Born, string Sex, string? Upn, string? Nhs, string Line1, string Town, string Postcode);
