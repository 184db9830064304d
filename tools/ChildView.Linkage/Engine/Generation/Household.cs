namespace ChildView.Linkage.Generation;

/// <summary>
/// People living together: parents and their children sharing an address and (mostly) a surname.
/// <see cref="MovedTo"/> is the address after a move, which only the services told of it know.
/// </summary>
public sealed record Household(int Id, NameCulture Culture, HomeAddress Home, HomeAddress? MovedTo, IReadOnlyList<Person> Members)
{
    public IEnumerable<Person> Children => Members.Where(m => m.IsChild);

    public IEnumerable<Person> Parents => Members.Where(m => !m.IsChild);
}
