namespace ChildView.Linkage.Identifiers;

/// <summary>
/// Decides whether a strong identifier (NHS number, UPN, …) can be trusted. An id that fails its
/// checksum was miskeyed, so agreeing or disagreeing on it says nothing: it is treated as missing.
/// </summary>
public interface IStrongIdValidator
{
    string Name { get; }

    bool IsValid(string id);
}
