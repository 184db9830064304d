using System.Runtime.CompilerServices;

// The CSV reader's small-buffer constructor lets unit tests put fields across buffer refills.
[assembly: InternalsVisibleTo("ChildView.UnitTests")]
