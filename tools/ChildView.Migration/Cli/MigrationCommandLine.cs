using System.CommandLine;
using System.Globalization;
using ChildView.Migration.Input;
using ChildView.Migration.Mapping;
using ChildView.Tools.CommandLine;

namespace ChildView.Migration.Cli;

/// <summary>
/// The <c>childview-migrate</c> commands. A usage mistake, a bad mapping file or an unreadable extract ends in
/// one line on stderr and exit code 2; a database failure in one line and exit code 1; never a stack trace.
/// </summary>
public static class MigrationCommandLine
{
    public const int UsageError = 2;
    public const int DatabaseError = 1;
    public const int Cancelled = 130;

    public static RootCommand Create() => new("Legacy data migration: validate a source's extract and load it into the owning service's database.")
    {
        RunCommand.Create(),
        CheckMappingCommand.Create(),
        GenerateCommand.Create(),
    };

    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = Create().Parse(args);
        if (ParseErrorLine.TryWrite(parsed, "childview-migrate", error))
            return UsageError;

        try
        {
            // Ctrl+C is the caller's token: the run rolls back the batches in hand before it stops.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (MappingException failure)
        {
            error.WriteLine($"mapping error: {failure.Message}");
            return UsageError;
        }
        catch (Exception failure) when (failure is MigrationInputException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"input error: {failure.Message}");
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled: committed batches are kept; run the same command again to resume after them");
            return Cancelled;
        }
        catch (System.Data.Common.DbException failure)
        {
            // The run is recorded as failed in migration.runs when the database could still be reached; nothing half-written stays.
            error.WriteLine($"database error: {failure.Message}");
            return DatabaseError;
        }
    }

    public static Option<FileInfo> ExistingFile(string name, string description)
    {
        var option = new Option<FileInfo>(name) { Description = description, HelpName = "FILE", Required = true };
        option.AcceptExistingOnly();
        return option;
    }

    public static Option<int> PositiveNumber(string name, string description, int fallback) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
                return value;
            result.AddError($"{name} must be a positive whole number, not '{text}'");
            return fallback;
        },
    };
}
