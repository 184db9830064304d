using ChildView.Education.Data;
using ChildView.ServiceKit.Audit.Postgres;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChildView.Education.Data.Postgres.Migrations;

[DbContext(typeof(EducationDbContext))]
[Migration("20261205063000_AuditLogChained")]
public sealed class AuditLogChained : AuditLogChainedMigration;
