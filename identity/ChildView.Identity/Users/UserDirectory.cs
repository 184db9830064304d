using ChildView.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Identity.Users;

/// <summary>Looks users up and checks their passwords.</summary>
internal sealed class UserDirectory(IdentityDbContext db, IPasswordHasher<User> hasher)
{
    // Verified against when the user name is unknown, so that case costs the same time as a wrong password.
    private static readonly string TimingDecoyHash =
        new PasswordHasher<User>().HashPassword(new User { UserName = "", DisplayName = "" }, Guid.NewGuid().ToString());

    /// <summary>The user a token or cookie subject names, if they still exist and are not disabled.</summary>
    public async Task<User?> FindActiveAsync(string? subject, CancellationToken cancellationToken) =>
        Guid.TryParse(subject, out var id)
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && !u.Disabled, cancellationToken)
            : null;

    /// <summary>
    /// The user, when the name and password match an enabled account; otherwise null, without
    /// saying which part was wrong, so a caller cannot probe which user names exist.
    /// </summary>
    public async Task<User?> CheckPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var normalised = User.NormaliseUserName(userName);
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == normalised, cancellationToken);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new User { UserName = normalised, DisplayName = "" }, TimingDecoyHash, password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || user.Disabled)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return user;
    }
}
