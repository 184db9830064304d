using ChildView.Migration.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops after the batches in hand are rolled back; what committed is recorded for a rerun to skip.
    e.Cancel = true;
    cancellation.Cancel();
};

return await MigrationCommandLine.InvokeAsync(args, Console.Out, Console.Error, cancellation.Token);
