using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChildView.Contracts.Directory;
using ChildView.Contracts.Security;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// Reads the staff directory with this service's own token. Answers are not cached: an allocation is
/// rare, and a disabled account or a team move must count from the next allocation on.
/// </summary>
public sealed class IdentityStaffDirectory(HttpClient http, StaffDirectoryOptions options, ServiceClientToken token) : IStaffDirectory
{
    // Any failure short of the caller giving up (refused connection, timeout, a body that is not a
    // directory entry) means the directory cannot vouch for the worker.
    public async Task<StaffMember?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.IdentityBaseUri, StaffMember.Route(userName).TrimStart('/')));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token.GetAsync(http, ApiResources.Directory.ReadScope, cancellationToken));
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new StaffDirectoryUnavailableException($"The staff directory answered {(int)response.StatusCode}.");
            }

            return await response.Content.ReadFromJsonAsync<StaffMember>(cancellationToken);
        }
        catch (Exception ex) when (ex is not StaffDirectoryUnavailableException && !cancellationToken.IsCancellationRequested)
        {
            throw new StaffDirectoryUnavailableException("The staff directory cannot be reached.", ex);
        }
    }
}
