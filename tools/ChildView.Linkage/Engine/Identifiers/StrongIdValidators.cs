using ChildView.Contracts.Identifiers;

namespace ChildView.Linkage.Identifiers;

/// <summary>Accepts any non-empty id: for sources (like FEBRL's soc_sec_id) with no check digit.</summary>
public sealed class AnyIdValidator : IStrongIdValidator
{
    public string Name => "any";

    public bool IsValid(string id) => id.Length > 0;
}

/// <summary>NHS number: mod-11 check digit (the platform's own <see cref="NhsNumber"/> rule).</summary>
public sealed class NhsNumberValidator : IStrongIdValidator
{
    public string Name => "nhs";

    public bool IsValid(string id) => NhsNumber.IsValid(id);
}

/// <summary>Unique Pupil Number: DfE check letter (the platform's own <see cref="UniquePupilNumber"/> rule).</summary>
public sealed class UpnValidator : IStrongIdValidator
{
    public string Name => "upn";

    public bool IsValid(string id) => UniquePupilNumber.IsValid(id);
}

public static class StrongIdValidators
{
    public static IStrongIdValidator ByName(string name) => name.ToLowerInvariant() switch
    {
        "any" or "none" => new AnyIdValidator(),
        "nhs" => new NhsNumberValidator(),
        "upn" => new UpnValidator(),
        _ => throw new ArgumentException($"unknown strong-id checksum '{name}' (any|nhs|upn)"),
    };
}
