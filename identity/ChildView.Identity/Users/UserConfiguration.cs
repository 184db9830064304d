using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChildView.Identity.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.HasKey(u => u.Id);
        user.HasIndex(u => u.UserName).IsUnique();
        user.Property(u => u.UserName).HasMaxLength(100);
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.PasswordHash).HasMaxLength(200);
    }
}
