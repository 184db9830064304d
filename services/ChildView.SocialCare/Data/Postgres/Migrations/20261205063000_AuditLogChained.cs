using ChildView.SocialCare.Data;
using ChildView.ServiceKit.Audit.Postgres;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChildView.SocialCare.Data.Postgres.Migrations;

[DbContext(typeof(SocialCareDbContext))]
[Migration("20261205063000_AuditLogChained")]
public sealed class AuditLogChained : AuditLogChainedMigration;
