namespace ChildView.ServiceKit.Text.Postgres;

public static class NameFoldingSql
{
    /// <summary>
    /// Fills the folded name columns of rows written before they existed with the lower-cased name: exact
    /// for plain names; a row with accents or apostrophes gets its full key at its next save.
    /// </summary>
    public static string Backfill(string table) =>
        $"UPDATE {table} SET child_family_name_folded = lower(child_family_name), child_given_name_folded = lower(child_given_name);";
}
