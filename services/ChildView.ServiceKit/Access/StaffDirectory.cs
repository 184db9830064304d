using ChildView.Contracts.Directory;

namespace ChildView.ServiceKit.Access;

/// <summary>The identity service's staff directory, as a service sees it.</summary>
public interface IStaffDirectory
{
    /// <summary>The member of staff, or null when the directory has nobody by that name.</summary>
    /// <exception cref="StaffDirectoryUnavailableException">The directory could not be asked; callers fail closed.</exception>
    Task<StaffMember?> FindAsync(string userName, CancellationToken cancellationToken);
}

public sealed class StaffDirectoryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
