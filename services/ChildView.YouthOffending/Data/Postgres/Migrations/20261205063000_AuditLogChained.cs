using ChildView.YouthOffending.Data;
using ChildView.ServiceKit.Audit.Postgres;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChildView.YouthOffending.Data.Postgres.Migrations;

[DbContext(typeof(YouthOffendingDbContext))]
[Migration("20261205063000_AuditLogChained")]
public sealed class AuditLogChained : AuditLogChainedMigration;
