namespace ChildView.Linkage.Generation;

/// <summary>How the people behind two records are related: what a wrongly linked pair of records was.</summary>
public enum Relationship
{
    SamePerson,
    Twins,
    Siblings,

    /// <summary>A parent and the child named after them: same name, same surname, same address.</summary>
    NamesakeParentChild,
    ParentChild,

    /// <summary>Two parents of one household.</summary>
    Partners,
    Strangers,
}

public static class Relationships
{
    public static Relationship Between(Person a, Person b)
    {
        if (a.Id == b.Id)
            return Relationship.SamePerson;
        if (a.HouseholdId != b.HouseholdId)
            return Relationship.Strangers;
        if (a.IsChild && b.IsChild)
            return a.DateOfBirth == b.DateOfBirth ? Relationship.Twins : Relationship.Siblings;
        if (a.IsChild != b.IsChild)
            return a.GivenName == b.GivenName ? Relationship.NamesakeParentChild : Relationship.ParentChild;
        return Relationship.Partners;
    }
}
