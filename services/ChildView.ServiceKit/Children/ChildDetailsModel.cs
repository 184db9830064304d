using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChildView.ServiceKit.Children;

public static class ChildDetailsModel
{
    /// <summary>Maps the child block as columns of the owning record's table (child_given_name, …).</summary>
    public static void OwnsChildDetails<TEntity>(this EntityTypeBuilder<TEntity> entity, System.Linq.Expressions.Expression<Func<TEntity, ChildDetails?>> navigation)
        where TEntity : class
    {
        entity.OwnsOne(navigation, child =>
        {
            child.Property(c => c.LocalId).HasMaxLength(50);
            child.Property(c => c.GivenName).HasMaxLength(100);
            child.Property(c => c.FamilyName).HasMaxLength(100);
            child.Property(c => c.GivenNameFolded).HasMaxLength(200);
            child.Property(c => c.FamilyNameFolded).HasMaxLength(200);
            child.HasIndex(c => c.FamilyNameFolded);
            child.HasIndex(c => c.GivenNameFolded);
            child.Property(c => c.Sex).HasMaxLength(1);
            child.Property(c => c.Upn).HasMaxLength(13);
            child.Property(c => c.NhsNumber).HasMaxLength(10);
            child.Property(c => c.Postcode).HasMaxLength(10);
            child.HasIndex(c => c.LocalId);
        });
        entity.Navigation(navigation).IsRequired();
    }
}
