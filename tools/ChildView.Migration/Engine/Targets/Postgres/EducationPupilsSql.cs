namespace ChildView.Migration.Targets.Postgres;

/// <summary>Education's <c>pupils</c>.</summary>
internal sealed class EducationPupilsSql : ITargetSql
{
    public string Table => "pupils";

    public string ExistingChildrenSql => TargetSqlParts.ExistingChildren(Table, "child_upn");

    public string UpdateSql(string stagingTable) => TargetSqlParts.Update(Table, new EducationPupilsTarget().Fields, stagingTable);

    public string UniqueValuesSql => $"SELECT child_upn, id FROM {Table} WHERE deleted_at IS NULL AND child_upn IS NOT NULL";

    public string KeptSql(string stagingTable) => TargetSqlParts.Kept(Table, new EducationPupilsTarget().Fields, stagingTable);
}
