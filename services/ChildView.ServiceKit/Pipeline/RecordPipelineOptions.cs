namespace ChildView.ServiceKit.Pipeline;

/// <summary>The service whose records this API serves, as the access policy names it (education, socialcare, …).</summary>
public sealed record RecordPipelineOptions(string Service);
