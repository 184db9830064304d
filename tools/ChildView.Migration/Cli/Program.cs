using ChildView.Migration.Cli;
using ChildView.Migration.Generation;
using ChildView.Migration.Input;
using ChildView.Migration.Mapping;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops after the batches in hand are rolled back; what committed is recorded for a rerun to skip.
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var arguments = CliArguments.Parse(args);
    switch (arguments.Command)
    {
        case "run":
            return await RunCommand.ExecuteAsync(arguments, cancellation.Token);
        case "check-mapping":
            var mapping = MappingLoader.Load(arguments.Positional(0, "the mapping file"));
            Console.WriteLine($"{mapping.Source}: {mapping.Columns.Count} columns into {mapping.Target.Name}, key {mapping.KeyColumn}: OK");
            return 0;
        case "generate":
            new LegacyExtractGenerator(arguments.Int("--seed", 20261125)).Write(arguments.Required("--kind"), arguments.Int("--rows", 1000), arguments.Required("--out"));
            Console.WriteLine($"wrote {arguments.Required("--out")}");
            return 0;
        default:
            throw new ArgumentException($"unknown command '{arguments.Command}'");
    }
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(CliArguments.Usage);
    return 2;
}
catch (MappingException error)
{
    Console.Error.WriteLine($"mapping error: {error.Message}");
    return 2;
}
catch (MigrationInputException error)
{
    Console.Error.WriteLine($"input error: {error.Message}");
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled: committed batches are kept; run the same command again to resume after them");
    return 130;
}
catch (System.Data.Common.DbException error)
{
    // The run is recorded as failed in migration.runs when the database could still be reached; nothing half-written stays.
    Console.Error.WriteLine($"database error: {error.Message}");
    return 1;
}
