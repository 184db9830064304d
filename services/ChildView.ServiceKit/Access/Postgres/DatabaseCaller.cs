namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// Who a transaction acts for, as the database is told: the generated database role it takes and the
/// user and teams its row policies test (teams lower-cased, as allocations are compared).
/// </summary>
public sealed record DatabaseCaller(string DbRole, string UserName, IReadOnlyList<string> Teams);
