using ChildView.Contracts.IntegrationEvents;

namespace ChildView.UnitTests.Architecture;

public sealed class IntegrationEventConventionTests
{
    private static readonly Type[] EventTypes = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsInterface)
        .ToArray();

    [Fact]
    public void Every_event_lives_in_the_stable_contracts_namespace_as_a_sealed_record()
    {
        Assert.NotEmpty(EventTypes);
        Assert.All(EventTypes, type =>
        {
            Assert.Equal("ChildView.Contracts.IntegrationEvents", type.Namespace);
            Assert.True(type.IsSealed, $"{type.Name} is not sealed");
            Assert.NotNull(type.GetMethod("<Clone>$")); // only records have it
        });
    }

    [Fact]
    public void Every_event_is_immutable()
    {
        Assert.All(EventTypes.SelectMany(t => t.GetProperties()), property =>
        {
            var setter = property.SetMethod;
            var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ?? true;
            Assert.True(initOnly, $"{property.DeclaringType!.Name}.{property.Name} has a public setter");
        });
    }

    [Fact]
    public void Every_event_is_named_subject_then_past_tense()
    {
        Assert.All(EventTypes, type => Assert.EndsWith("ed", type.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_event_is_known_to_the_outbox_relay()
    {
        Assert.Equal(EventTypes.OrderBy(t => t.Name), IntegrationEventTypes.All.OrderBy(t => t.Name));
        Assert.All(EventTypes, type => Assert.Same(type, IntegrationEventTypes.Resolve(IntegrationEventTypes.NameOf(type))));
    }

    [Fact]
    public void An_unknown_type_name_is_refused_rather_than_loaded()
    {
        Assert.Throws<UnknownIntegrationEventException>(() => IntegrationEventTypes.Resolve("System.Diagnostics.Process"));
    }
}
