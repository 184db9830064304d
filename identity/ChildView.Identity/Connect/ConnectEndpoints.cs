namespace ChildView.Identity.Connect;

public static class ConnectEndpoints
{
    /// <summary>Swagger UIs on other origins redeem their codes from the browser.</summary>
    public const string TokenCorsPolicy = "token-endpoint";

    /// <summary>
    /// The OpenID Connect endpoints. OpenIddict validates each request before it reaches these
    /// handlers (passthrough) and turns their SignIn/SignOut/Forbid results into protocol responses.
    /// </summary>
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        app.MapMethods(ConnectPaths.Authorize, getOrPost, AuthorizeEndpoint.HandleAsync);
        app.MapPost(ConnectPaths.Token, TokenEndpoint.HandleAsync).RequireCors(TokenCorsPolicy);
        app.MapMethods(ConnectPaths.UserInfo, getOrPost, UserInfoEndpoint.HandleAsync);
        app.MapMethods(ConnectPaths.EndSession, getOrPost, (Delegate)EndSessionEndpoint.HandleAsync); // as a route handler, so its IResult is executed
        return app;
    }
}
