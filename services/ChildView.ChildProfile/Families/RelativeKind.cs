namespace ChildView.ChildProfile.Families;

/// <summary>What a recorded relationship means for building families.</summary>
public enum RelativeKind
{
    /// <summary>A parent, step-parent or parent's partner: a shared one makes children one family.</summary>
    Parent,

    /// <summary>A kinship carer, special guardian or other family carer: shared, they make children one family too.</summary>
    Carer,

    /// <summary>A brother or sister, recorded as a person: links to the child with that name and date of birth.</summary>
    Sibling,

    /// <summary>Foster carers, grandparents and wider relatives: shown, but never used to join children (a foster carer looks after unrelated children; a grandparent links cousins).</summary>
    Other,
}
