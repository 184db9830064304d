using System.Net;
using System.Net.Http.Headers;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security;

/// <summary>Defence in depth: each service checks the token's audience itself, even behind the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AudienceValidationTests(PlatformFixture platform)
{
    private async Task<HttpStatusCode> CallAsync(Uri service, string path, string token)
    {
        using var client = new HttpClient { BaseAddress = service };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_service_refuses_a_token_issued_for_another_service()
    {
        var socialCareToken = await platform.ServiceTokenAsync("socialcare-service", [.. ApiResources.SocialCare.Scopes]);

        var status = await CallAsync(platform.Education.BaseAddress, $"/pupils/{Guid.NewGuid()}", socialCareToken);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_service_accepts_a_token_issued_for_it()
    {
        var educationToken = await platform.ServiceTokenAsync("education-service", [.. ApiResources.Education.Scopes]);

        var status = await CallAsync(platform.Education.BaseAddress, $"/pupils/{Guid.NewGuid()}", educationToken);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task The_profile_refuses_a_service_token_without_its_audience()
    {
        var educationToken = await platform.ServiceTokenAsync("education-service", [.. ApiResources.Education.Scopes]);

        var status = await CallAsync(platform.Profile.BaseAddress, $"/profiles/{Guid.NewGuid()}", educationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}
