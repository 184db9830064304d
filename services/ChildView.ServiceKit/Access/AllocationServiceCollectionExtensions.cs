using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChildView.ServiceKit.Access;

public static class AllocationServiceCollectionExtensions
{
    /// <summary>The allocation rules for <paramref name="service"/> and the staff directory they check workers against.</summary>
    public static IServiceCollection AddAllocationAuthority(this IServiceCollection services, IConfiguration configuration, string service)
    {
        services.AddSingleton(_ => StaffDirectoryOptions.From(configuration));
        services.AddSingleton<ServiceClientToken>();
        services.AddHttpClient<IStaffDirectory, IdentityStaffDirectory>(http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddScoped(provider => new AllocationAuthority(
            provider.GetRequiredService<IStaffDirectory>(), provider.GetRequiredService<ILogger<AllocationAuthority>>(), service));
        return services;
    }
}
