using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Families;

/// <summary>The derived family tables. Every key is natural, so two derivations cannot both insert one row.</summary>
public static class FamilyModel
{
    public static ModelBuilder AddFamilyTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HouseholdMembership>(membership =>
        {
            membership.HasKey(m => new { m.ChildId, m.Ordinal });
            membership.Property(m => m.HouseholdKey).HasMaxLength(220);
            membership.Property(m => m.AddressLine1).HasMaxLength(200);
            membership.Property(m => m.Town).HasMaxLength(100);
            membership.Property(m => m.Postcode).HasMaxLength(10);
            membership.HasIndex(m => m.HouseholdKey);
        });

        modelBuilder.Entity<ChildRelative>(relative =>
        {
            relative.HasKey(r => new { r.ChildId, r.SourceSystem, r.RecordId });
            relative.Property(r => r.SourceSystem).HasMaxLength(20);
            relative.Property(r => r.Relationship).HasMaxLength(40);
            relative.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
            relative.Property(r => r.GivenName).HasMaxLength(100);
            relative.Property(r => r.FamilyName).HasMaxLength(100);
            relative.Property(r => r.PersonKey).HasMaxLength(220);
            relative.Property(r => r.HouseholdKey).HasMaxLength(220);
            relative.HasIndex(r => r.PersonKey);
        });

        modelBuilder.Entity<ChildFamily>(family =>
        {
            family.HasKey(f => f.ChildId);
            family.Property(f => f.PersonKey).HasMaxLength(220);
            family.HasIndex(f => f.FamilyId);
            family.HasIndex(f => f.PersonKey);
        });

        modelBuilder.Entity<FamilyLink>(link =>
        {
            link.HasKey(l => new { l.ChildId, l.RelatedChildId });
            link.Property(l => l.Relationship).HasMaxLength(20);
            link.Property(l => l.Basis).HasMaxLength(100);
            link.HasIndex(l => l.RelatedChildId);
        });

        return modelBuilder;
    }
}
