using Microsoft.EntityFrameworkCore.Migrations;

namespace ChildView.ServiceKit.Audit.Postgres;

/// <summary>
/// Each service's migration that makes its audit log ready for the chain (<see cref="ServiceAuditSql.PrepareForChain"/>):
/// the database stamps each row's number and time; existing rows are kept. The EF model is unchanged
/// (the log is not mapped), so the migrations carry no target model.
/// </summary>
public abstract class AuditLogChainedMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ServiceAuditSql.PrepareForChain);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ServiceAuditSql.UndoPrepareForChain);
}
