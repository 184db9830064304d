using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;

namespace ChildView.IntegrationTests.Validation;

/// <summary>Each service's Swagger shows an example for its main create request, and trying the example out succeeds.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SwaggerExampleTests(PlatformFixture platform)
{
    public static TheoryData<string, string> CreateEndpoints => new()
    {
        { "education", "/pupils" },
        { "socialcare", "/referrals" },
        { "youthoffending", "/offence-outcomes" },
        { "earlyyears", "/setting-registrations" },
    };

    private Uri ServiceAddress(string service) => service switch
    {
        "education" => platform.Education.BaseAddress,
        "socialcare" => platform.SocialCare.BaseAddress,
        "youthoffending" => platform.YouthOffending.BaseAddress,
        _ => platform.EarlyYears.BaseAddress,
    };

    [Theory]
    [MemberData(nameof(CreateEndpoints))]
    public async Task The_create_example_is_documented_and_accepted(string service, string path)
    {
        using var anonymous = new HttpClient { BaseAddress = ServiceAddress(service) };
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var example = document.GetProperty("paths").GetProperty(path).GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");

        using var writer = platform.GatewayClient(await platform.ServiceTokenAsync($"{service}-service", ApiResources.ByName(service).WriteScope!));
        using var response = await writer.PostAsync($"/api/{service}{path}", new StringContent(example.GetRawText(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
