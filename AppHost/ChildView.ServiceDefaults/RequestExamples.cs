using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChildView.ServiceDefaults;

/// <summary>An example body for one request type, shown (and pre-filled for "Try it out") in Swagger UI.</summary>
public sealed record RequestExample(Type RequestType, object Example);

public static class RequestExampleExtensions
{
    /// <summary>Registers a realistic example for <typeparamref name="TRequest"/>; keep it valid so trying it out succeeds.</summary>
    public static IServiceCollection AddRequestExample<TRequest>(this IServiceCollection services, TRequest example)
        where TRequest : notnull =>
        services.AddSingleton(new RequestExample(typeof(TRequest), example));
}

/// <summary>Puts each registered example on the operations whose body has that type.</summary>
public sealed class RequestExampleOperationFilter(IEnumerable<RequestExample> examples) : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var bodyType = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        var example = examples.FirstOrDefault(e => e.RequestType == bodyType);
        if (example is null || operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        foreach (var media in content.Values.OfType<OpenApiMediaType>())
        {
            media.Example = JsonSerializer.SerializeToNode(example.Example, example.RequestType, Json) ?? new JsonObject();
        }
    }
}
