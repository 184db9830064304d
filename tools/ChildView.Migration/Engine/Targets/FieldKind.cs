namespace ChildView.Migration.Targets;

/// <summary>How a ChildView field's raw legacy text is checked and converted.</summary>
public enum FieldKind
{
    Text,
    Date,
    Upn,
    NhsNumber,
    Code,
    Flag,
    Postcode,
}
