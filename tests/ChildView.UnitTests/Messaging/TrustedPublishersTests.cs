using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Publishers;

namespace ChildView.UnitTests.Messaging;

public sealed class TrustedPublishersTests
{
    private static TrustedPublishers Configured()
    {
        var trusted = new TrustedPublishers();
        foreach (var source in SourceSystems.All)
        {
            trusted.Publishers[source] = $"cv-{source}";
        }

        return trusted;
    }

    [Theory]
    [InlineData(typeof(CaseAllocationRecorded), "socialcare")]
    [InlineData(typeof(YotAllocationRecorded), "youthoffending")]
    [InlineData(typeof(EarlyYearsAllocationRecorded), "earlyyears")]
    public void An_allocation_from_its_own_services_broker_user_is_trusted(Type allocation, string source) =>
        Assert.Null(Configured().Refusal(allocation, source, source, $"cv-{source}"));

    /// <summary>Another service (or its broker credentials) cannot allocate an early years child to itself.</summary>
    [Theory]
    [InlineData("earlyyears", "cv-youthoffending")]
    [InlineData("youthoffending", "cv-youthoffending")]
    [InlineData("earlyyears", "cv-profile")]
    public void An_early_years_allocation_from_another_broker_user_or_claiming_another_source_is_refused(string source, string brokerUser) =>
        Assert.NotNull(Configured().Refusal(typeof(EarlyYearsAllocationRecorded), source, source, brokerUser));

    [Theory]
    [InlineData("socialcare", "socialcare", "cv-education")]
    [InlineData("socialcare", "socialcare", "cv-profile")]
    [InlineData("socialcare", "socialcare", null)]
    [InlineData("education", "education", "cv-education")]
    [InlineData("socialcare", "education", "cv-socialcare")]
    public void An_allocation_from_anyone_else_or_claiming_another_source_is_refused(string source, string childSource, string? brokerUser) =>
        Assert.NotNull(Configured().Refusal(typeof(CaseAllocationRecorded), source, childSource, brokerUser));

    [Fact]
    public void A_source_without_a_configured_broker_user_is_refused_and_the_configuration_is_incomplete()
    {
        var trusted = Configured();
        trusted.Publishers.Remove(SourceSystems.YouthOffending);

        Assert.NotNull(trusted.Refusal(typeof(YotAllocationRecorded), SourceSystems.YouthOffending, SourceSystems.YouthOffending, "cv-youthoffending"));
        Assert.False(trusted.IsComplete());
    }

    [Fact]
    public void Two_sources_sharing_one_broker_user_is_incomplete()
    {
        var trusted = Configured();
        trusted.Publishers[SourceSystems.Education] = "cv-socialcare";

        Assert.False(trusted.IsComplete());
        Assert.True(Configured().IsComplete());
    }
}
