using Microsoft.Extensions.DependencyInjection;

namespace ChildView.ServiceKit.Text;

/// <summary>
/// What every API reads from a JSON body only if PostgreSQL can store it: no NUL in text, dates in a
/// plausible range. Anything else is refused as unreadable, a 400 naming the field, before any rule runs.
/// </summary>
public static class StorableJsonInput
{
    public static IServiceCollection AddStorableJsonInput(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new NulRefusingStringConverter());
            json.SerializerOptions.Converters.Add(new PlausibleDateConverter());
        });
}
