using ChildView.EarlyYears.Data;
using ChildView.ServiceKit.Audit.Postgres;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChildView.EarlyYears.Data.Postgres.Migrations;

[DbContext(typeof(EarlyYearsDbContext))]
[Migration("20261205063000_AuditLogChained")]
public sealed class AuditLogChained : AuditLogChainedMigration;
