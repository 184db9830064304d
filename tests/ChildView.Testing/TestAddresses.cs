using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Testing;

/// <summary>
/// An address no other test's child lives at. The profile makes the children living at one address a
/// household (and, past ten of them, an institution), so unrelated tests' children sharing a street
/// would form one household that grows through the run and changes what each test derives.
/// </summary>
public static class TestAddresses
{
    public static PostalAddress New() =>
        new($"{Random.Shared.Next(1, 300)} {TestIdentifiers.NewFamilyName()} Road", null, "Matlock", $"DE4 {Random.Shared.Next(1, 10)}{Letter()}{Letter()}");

    private static char Letter() => (char)('A' + Random.Shared.Next(26));
}
