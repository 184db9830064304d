using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChildView.ServiceKit.Children;

public static class ChildRecordModel
{
    /// <summary>Key, concurrency token and the child block for any <see cref="ChildRecord"/>.</summary>
    public static EntityTypeBuilder<TRecord> IsChildRecord<TRecord>(this EntityTypeBuilder<TRecord> record)
        where TRecord : ChildRecord
    {
        record.HasKey(r => r.Id);
        record.Property(r => r.Version).IsConcurrencyToken();
        record.OwnsChildDetails(r => r.Child);
        return record;
    }
}
