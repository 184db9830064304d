using Microsoft.Extensions.DependencyInjection;

namespace ChildView.Messaging.Outbox.RecordSets;

public static class RecordSetServiceCollectionExtensions
{
    /// <summary>Lets the outbox relay publish record-set entries of the expander's event type.</summary>
    public static IServiceCollection AddRecordSetExpander<TExpander>(this IServiceCollection services)
        where TExpander : class, IRecordSetExpander =>
        services.AddScoped<IRecordSetExpander, TExpander>();
}
