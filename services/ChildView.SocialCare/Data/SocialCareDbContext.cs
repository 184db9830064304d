using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using ChildView.SocialCare.Referrals;
using Microsoft.EntityFrameworkCore;

namespace ChildView.SocialCare.Data;

public sealed class SocialCareDbContext(DbContextOptions<SocialCareDbContext> options) : DbContext(options)
{
    public DbSet<Referral> Referrals => Set<Referral>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Referral>(referral =>
        {
            referral.IsChildRecord();
            referral.Property(r => r.ReferralSource).HasMaxLength(3);
            referral.Property(r => r.PrimaryNeed).HasMaxLength(2);
        });
        modelBuilder.AddMessagingTables();
    }
}
