using ChildView.Linkage.Cli;

return LinkageCommandLine.Invoke(args, Console.Out, Console.Error);
