using ChildView.Contracts.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace ChildView.ServiceDefaults;

public static class OpenApiExtensions
{
    public const string SwaggerClientId = "swagger";
    private const string OAuthScheme = "oauth2";

    /// <summary>Swagger with an OAuth login (authorization code + PKCE) against the identity service.</summary>
    public static IHostApplicationBuilder AddDefaultOpenApi(this IHostApplicationBuilder builder, ApiResource api, string title)
    {
        var identityUrl = builder.Configuration[$"{IdentityOptions.Section}:PublicUrl"]
            ?? builder.Configuration[$"{IdentityOptions.Section}:Url"]
            ?? "http://localhost:5100";
        identityUrl = identityUrl.TrimEnd('/');

        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo { Title = title, Version = "v1" });
            swagger.OperationFilter<RequestExampleOperationFilter>();
            swagger.AddSecurityDefinition(OAuthScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Flows = new OpenApiOAuthFlows
                {
                    AuthorizationCode = new OpenApiOAuthFlow
                    {
                        AuthorizationUrl = new Uri($"{identityUrl}/connect/authorize"),
                        TokenUrl = new Uri($"{identityUrl}/connect/token"),
                        Scopes = api.AllScopes.ToDictionary(scope => scope, scope => scope),
                    },
                },
            });
            swagger.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(OAuthScheme, document)] = [.. api.AllScopes],
            });
        });
        return builder;
    }

    /// <summary>
    /// Swagger UI and document. Anonymous on purpose: the description holds no data, and every
    /// operation it lists still demands a token.
    /// </summary>
    public static WebApplication UseDefaultOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(ui =>
        {
            ui.OAuthClientId(SwaggerClientId);
            ui.OAuthUsePkce();
        });
        return app;
    }
}
