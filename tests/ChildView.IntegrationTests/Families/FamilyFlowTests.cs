using System.Net.Http.Json;
using ChildView.ChildProfile.Families;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Families;

/// <summary>End to end through the gateway: services record a mother, the profile's family view shows one family.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FamilyFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_mother_recorded_by_social_care_and_by_the_youth_offending_team_makes_her_children_one_family()
    {
        var surname = FamilyProbe.Unique("Flow");
        var address = new { line1 = $"12 {FamilyProbe.Unique("Mill")} Lane", town = "Matlock", postcode = "DE4 3AB" };
        object Child(string given, string born, string nhs) => new { localId = Guid.NewGuid().ToString("N"), givenName = given, familyName = surname, dateOfBirth = born, sex = "F", nhsNumber = nhs, address };
        var (amelia, jayden) = (Child("Amelia", "2013-04-17", TestIdentifiers.NewNhsNumber()), Child("Jayden", "2010-09-02", TestIdentifiers.NewNhsNumber()));
        using var services = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", ApiResources.SocialCare.WriteScope!, ApiResources.YouthOffending.WriteScope!));

        // The same shapes the demo seeder sends for the Harts.
        (await services.PostAsJsonAsync("/api/socialcare/family-members", new
        {
            child = amelia, relationship = "mother", givenName = "Claire", familyName = surname, dateOfBirth = new DateOnly(1984, 7, 19), parentalResponsibility = true, address,
        })).EnsureSuccessStatusCode();
        (await services.PostAsJsonAsync("/api/youthoffending/family-members", new
        {
            child = jayden, givenName = "Claire", familyName = surname, relationship = "mother", dateOfBirth = new DateOnly(1984, 7, 19), hasParentalResponsibility = true, livesWithChild = true,
        })).EnsureSuccessStatusCode();

        using var mash = platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", DemoUsers.Password, [ApiResources.Profile.ReadScope]));
        var family = await Poll.UntilAsync(async () =>
        {
            var search = await mash.GetFromJsonAsync<ChildView.ChildProfile.Profiles.ProfileSearchResponse>($"/api/profile/profiles?familyName={surname}&givenName=Amelia");
            if (search is not { Items: [var child] })
            {
                return null;
            }

            var view = await mash.GetFromJsonAsync<FamilyResponse>($"/api/profile/profiles/{child.Id}/family");
            return view is { Children.Count: 2 } ? view : null;
        }, TimeSpan.FromSeconds(30), "both children in one family");

        Assert.Equal(["Amelia", "Jayden"], family.Children.Select(c => c.GivenName));
        Assert.Equal("sibling", family.Children[1].Relationship);
        var mother = Assert.Single(family.Adults!);
        Assert.Equal(["socialcare", "youthoffending"], mother.Children.Select(c => c.Source).Order());
        Assert.Equal([$"Claire {surname}"], Assert.Single(family.Households!).Adults);
    }
}
