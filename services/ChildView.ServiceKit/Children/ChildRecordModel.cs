using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChildView.ServiceKit.Children;

public static class ChildRecordModel
{
    /// <summary>Key, concurrency token, state, the child block, and a filter hiding soft-deleted rows from every ordinary query.</summary>
    public static EntityTypeBuilder<TRecord> IsChildRecord<TRecord>(this EntityTypeBuilder<TRecord> record)
        where TRecord : ChildRecord
    {
        record.HasKey(r => r.Id);
        record.Property(r => r.Version).IsConcurrencyToken();
        record.Property(r => r.State).HasConversion<string>().HasMaxLength(10);
        record.Property(r => r.DeletionReason).HasMaxLength(500);
        record.Property(r => r.CreatedBy).HasMaxLength(200);
        record.Property(r => r.UpdatedBy).HasMaxLength(200);
        record.HasQueryFilter(r => r.DeletedAt == null);
        record.OwnsChildDetails(r => r.Child);
        return record;
    }
}
