using ChildView.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Identity.Users;

/// <summary>
/// Creates missing demo users and keeps the roles and teams of existing ones in line with
/// <see cref="DemoUsers"/>. Passwords of existing users are left alone so a changed one sticks.
/// </summary>
internal sealed class DemoUserSeeder(IdentityDbContext db, IPasswordHasher<User> hasher, ILogger<DemoUserSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Users.ToDictionaryAsync(u => u.UserName, cancellationToken);
        foreach (var demo in DemoUsers.All)
        {
            if (!existing.TryGetValue(demo.UserName, out var user))
            {
                user = new User { UserName = demo.UserName, DisplayName = demo.DisplayName };
                user.PasswordHash = hasher.HashPassword(user, DemoUsers.Password);
                db.Users.Add(user);
            }

            user.DisplayName = demo.DisplayName;
            user.Roles = [demo.Role];
            user.Teams = [demo.Team];
        }

        var changes = await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo users seeded ({Changes} rows changed).", changes);
    }
}
