using ChildView.Identity.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace ChildView.Identity.Account;

public static class AccountEndpoints
{
    // One message for every failure, so the page does not reveal which user names exist.
    private const string SignInFailed = "The user name or password is incorrect.";

    // Settable properties rather than a positional record: form binding demands every constructor parameter.
    public sealed class LoginForm
    {
        public string? UserName { get; init; }

        public string? Password { get; init; }

        public string? ReturnUrl { get; init; }
    }

    /// <summary>
    /// <c>GET/POST /account/login</c> and a bare home page. The POST binds a form, so ASP.NET Core
    /// validates its antiforgery token before the handler runs.
    /// </summary>
    public static IEndpointRouteBuilder MapLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginCookie.LoginPath, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            LoginPage.Render(context, antiforgery, returnUrl));
        app.MapPost(LoginCookie.LoginPath, SignInAsync);
        app.MapGet("/", (HttpContext context) => Results.Text(
            context.User.Identity?.IsAuthenticated == true
                ? $"ChildView identity service. Signed in as {context.User.Identity.Name}."
                : "ChildView identity service. Not signed in."));
        return app;
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context, [FromForm] LoginForm form, UserDirectory users, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password)
            ? null
            : await users.CheckPasswordAsync(form.UserName, form.Password, cancellationToken);
        if (user is null)
        {
            return LoginPage.Render(context, antiforgery, form.ReturnUrl, form.UserName, SignInFailed);
        }

        await context.SignInAsync(LoginCookie.Scheme, LoginCookie.PrincipalFor(user));
        return Results.LocalRedirect(LocalUrl.OrHome(form.ReturnUrl));
    }
}
