using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Support;

namespace ChildView.IntegrationTests.Families;

/// <summary>Households and families as the profile derives them from every service's events.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FamilyBuildingTests(PlatformFixture platform)
{
    private readonly FamilyProbe _family = new(platform);

    [Fact]
    public async Task Children_at_one_address_at_the_same_time_are_one_household_and_one_family()
    {
        var surname = FamilyProbe.Unique("Home");
        var home = FamilyProbe.NewAddress();
        var older = await _family.EnrolAsync(FamilyProbe.NewChild(surname, new(2012, 3, 1)), home, new(2023, 9, 4));
        var younger = await _family.EnrolAsync(FamilyProbe.NewChild(surname, new(2015, 7, 9)), home with { Postcode = home.Postcode!.ToLowerInvariant().Replace(" ", "") }, new(2024, 9, 2));
        var stranger = await _family.EnrolAsync(FamilyProbe.NewChild(surname, new(2015, 7, 9)), FamilyProbe.NewAddress(), new(2024, 9, 2));

        Assert.Equal(await _family.FamilyOfAsync(older), await _family.FamilyOfAsync(younger));
        Assert.Equal("household-member:shared-household", await _family.LinkAsync(older, younger));
        Assert.Equal(stranger, await _family.FamilyOfAsync(stranger));
        Assert.Null(await _family.LinkAsync(older, stranger));
    }

    [Fact]
    public async Task An_address_where_more_children_live_at_once_than_a_household_holds_joins_nobody()
    {
        var hostel = FamilyProbe.NewAddress();
        var residents = new List<Guid>();
        for (var i = 0; i <= ChildView.ChildProfile.Families.FamilyGraph.MaxHouseholdChildren; i++)
        {
            residents.Add(await _family.EnrolAsync(FamilyProbe.NewChild(FamilyProbe.Unique("Hostel"), new(2010, 1, 1 + i)), hostel, new(2024, 1, 8)));
        }

        Assert.Equal(residents, await Task.WhenAll(residents.Select(async r => (await _family.FamilyOfAsync(r))!.Value)));
    }

    [Fact]
    public async Task A_parent_recorded_by_social_care_and_by_a_school_joins_children_who_live_apart()
    {
        var surname = FamilyProbe.Unique("Parent");
        var mother = (Given: "Dana", Family: surname, Born: new DateOnly(1985, 2, 14));
        var first = FamilyProbe.NewChild(surname, new(2011, 1, 5));
        var second = FamilyProbe.NewChild(surname, new(2014, 6, 20));

        var firstId = await _family.EnrolAsync(first, FamilyProbe.NewAddress(), new(2022, 9, 5));
        var secondId = await _family.EnrolAsync(second, FamilyProbe.NewAddress(), new(2022, 9, 5));
        Assert.NotEqual(await _family.FamilyOfAsync(firstId), await _family.FamilyOfAsync(secondId));

        await _family.CarePersonAsync(first, FamilyProbe.NewAddress(), "mother", mother.Given, mother.Family, mother.Born);
        await _family.SchoolPersonAsync(second, null, "PAM", mother.Given.ToUpperInvariant(), $" {mother.Family} ", mother.Born, null);

        var family = await _family.FamilyOfAsync(firstId);
        Assert.Equal(family, await _family.FamilyOfAsync(secondId));
        Assert.Equal(firstId.CompareTo(secondId) < 0 ? firstId : secondId, family);
        Assert.Equal("sibling:shared-parent", await _family.LinkAsync(secondId, firstId));
    }

    [Fact]
    public async Task A_namesake_parent_without_a_date_of_birth_joins_nobody()
    {
        var surname = FamilyProbe.Unique("Namesake");
        var first = FamilyProbe.NewChild(surname, new(2011, 1, 5));
        var second = FamilyProbe.NewChild(surname, new(2014, 6, 20));
        var firstId = await _family.EnrolAsync(first, FamilyProbe.NewAddress(), new(2022, 9, 5));
        var secondId = await _family.EnrolAsync(second, FamilyProbe.NewAddress(), new(2022, 9, 5));

        await _family.CarePersonAsync(first, FamilyProbe.NewAddress(), "mother", "Jo", surname, null);
        await _family.CarePersonAsync(second, FamilyProbe.NewAddress(), "mother", "Jo", surname, null);

        Assert.NotEqual(await _family.FamilyOfAsync(firstId), await _family.FamilyOfAsync(secondId));
    }

    [Fact]
    public async Task Twins_sharing_a_father_are_twins_and_a_foster_carer_joins_no_unrelated_children()
    {
        var surname = FamilyProbe.Unique("Twin");
        var born = new DateOnly(2016, 10, 3);
        var home = FamilyProbe.NewAddress();
        var twinA = FamilyProbe.NewChild(surname, born);
        var twinB = FamilyProbe.NewChild(surname, born);
        var a = await _family.EnrolAsync(twinA, home, new(2021, 9, 6));
        var b = await _family.EnrolAsync(twinB, FamilyProbe.NewAddress(), new(2021, 9, 6));
        await _family.YouthPersonAsync(twinA, home, "father", "Sam", surname, new(1980, 5, 5));
        await _family.CarePersonAsync(twinB, FamilyProbe.NewAddress(), "father", "Sam", surname, new(1980, 5, 5));

        var fostered = FamilyProbe.NewChild(FamilyProbe.Unique("Foster"), new(2013, 1, 1));
        var fosteredId = await _family.EnrolAsync(fostered, FamilyProbe.NewAddress(), new(2021, 9, 6));
        var carer = (Given: "Pat", Family: FamilyProbe.Unique("Carer"), Born: new DateOnly(1970, 1, 1));
        await _family.CarePersonAsync(twinA, FamilyProbe.NewAddress(), "foster-carer", carer.Given, carer.Family, carer.Born);
        await _family.CarePersonAsync(fostered, FamilyProbe.NewAddress(), "foster-carer", carer.Given, carer.Family, carer.Born);

        Assert.Equal("twin:shared-parent", await _family.LinkAsync(a, b));
        Assert.NotEqual(await _family.FamilyOfAsync(a), await _family.FamilyOfAsync(fosteredId));
    }

    [Fact]
    public async Task A_record_naming_a_sibling_joins_the_child_with_that_name_and_birthday()
    {
        var surname = FamilyProbe.Unique("Named");
        var brother = FamilyProbe.NewChild(surname, new(2009, 4, 4), "Ollie");
        var sister = FamilyProbe.NewChild(surname, new(2012, 8, 8));
        var brotherId = await _family.EnrolAsync(brother, FamilyProbe.NewAddress(), new(2020, 9, 1));
        var sisterId = await _family.EnrolAsync(sister, FamilyProbe.NewAddress(), new(2020, 9, 1));

        await _family.SchoolPersonAsync(sister, null, "SIB", "Ollie", surname, new(2009, 4, 4), null);

        Assert.Equal(await _family.FamilyOfAsync(brotherId), await _family.FamilyOfAsync(sisterId));
        Assert.Equal("sibling:named-sibling", await _family.LinkAsync(brotherId, sisterId));
    }

    [Fact]
    public async Task A_move_closes_the_old_household_and_opens_the_new_one_and_later_occupants_are_not_family()
    {
        var surname = FamilyProbe.Unique("Move");
        var oldHome = FamilyProbe.NewAddress();
        var newHome = FamilyProbe.NewAddress();
        var mover = FamilyProbe.NewChild(surname, new(2012, 2, 2));
        var moverId = await _family.EnrolAsync(mover, oldHome, new(2022, 9, 5));
        await _family.ReferAsync(mover, newHome, new(2024, 3, 1));
        await _family.ExcludeAsync(mover, newHome, new(2024, 5, 10));

        // Another family lived at the old address only after the move.
        var nextOccupant = await _family.EnrolAsync(FamilyProbe.NewChild(FamilyProbe.Unique("Next"), new(2013, 3, 3)), oldHome, new(2024, 9, 2));
        // A sibling lived at the old address with the mover, and moved with them.
        var sibling = FamilyProbe.NewChild(surname, new(2010, 1, 1));
        var siblingId = await _family.EnrolAsync(sibling, oldHome, new(2023, 1, 9));
        await _family.ReferAsync(sibling, newHome, new(2024, 3, 1));

        Assert.Equal(
            [(oldHome.Line1!, (DateOnly?)new DateOnly(2022, 9, 5), (DateOnly?)new DateOnly(2024, 3, 1)), (newHome.Line1!, new DateOnly(2024, 3, 1), null)],
            await _family.StaysAsync(moverId));
        Assert.NotEqual(await _family.FamilyOfAsync(moverId), await _family.FamilyOfAsync(nextOccupant));
        Assert.Equal(await _family.FamilyOfAsync(moverId), await _family.FamilyOfAsync(siblingId));
        Assert.Equal([(oldHome.Line1!, (DateOnly?)new DateOnly(2024, 9, 2), (DateOnly?)null)], await _family.StaysAsync(nextOccupant));
    }

    [Fact]
    public async Task Deleting_the_record_that_joined_two_children_splits_the_family_again()
    {
        var surname = FamilyProbe.Unique("Split");
        var first = FamilyProbe.NewChild(surname, new(2011, 1, 5));
        var second = FamilyProbe.NewChild(surname, new(2014, 6, 20));
        var firstId = await _family.EnrolAsync(first, FamilyProbe.NewAddress(), new(2022, 9, 5));
        var secondId = await _family.EnrolAsync(second, FamilyProbe.NewAddress(), new(2022, 9, 5));
        var address = FamilyProbe.NewAddress();
        await _family.CarePersonAsync(first, address, "mother", "Lee", surname, new(1988, 8, 8));
        var joining = await _family.CarePersonAsync(second, address, "mother", "Lee", surname, new(1988, 8, 8));
        Assert.Equal(await _family.FamilyOfAsync(firstId), await _family.FamilyOfAsync(secondId));

        await _family.CarePersonAsync(second, address, "mother", "Lee", surname, new(1988, 8, 8), joining, version: 2, RecordState.Deleted);

        Assert.Equal(firstId, await _family.FamilyOfAsync(firstId));
        Assert.Equal(secondId, await _family.FamilyOfAsync(secondId));
        Assert.Null(await _family.LinkAsync(firstId, secondId));
    }
}
