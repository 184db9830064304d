namespace ChildView.Migration.Input;

/// <summary>An input file that cannot be read as the mapping describes it (a missing column, no header …).</summary>
public sealed class MigrationInputException(string message) : Exception(message);
