using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace ChildView.Identity.Account;

/// <summary>The sign-in form: plain server-rendered HTML, no script, every value HTML-encoded.</summary>
internal static class LoginPage
{
    public static IResult Render(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? userName = null, string? error = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";
        headers.XFrameOptions = "DENY";
        headers.CacheControl = "no-store";

        var html = HtmlEncoder.Default;
        var errorBlock = error is null ? "" : $"""<p class="error" role="alert">{html.Encode(error)}</p>""";
        return Results.Content($$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in – ChildView</title>
              <style>
                body { font-family: system-ui, sans-serif; max-width: 22rem; margin: 4rem auto; padding: 0 1rem; }
                label, input, button { display: block; width: 100%; box-sizing: border-box; }
                input { margin: .25rem 0 1rem; padding: .5rem; }
                button { padding: .6rem; }
                .error { color: #a00; }
              </style>
            </head>
            <body>
              <h1>Sign in to ChildView</h1>
              {{errorBlock}}
              <form method="post" action="{{LoginCookie.LoginPath}}">
                <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken ?? "")}}">
                <input type="hidden" name="ReturnUrl" value="{{html.Encode(returnUrl ?? "")}}">
                <label for="username">User name</label>
                <input id="username" name="UserName" autocomplete="username" required autofocus value="{{html.Encode(userName ?? "")}}">
                <label for="password">Password</label>
                <input id="password" name="Password" type="password" autocomplete="current-password" required>
                <button type="submit">Sign in</button>
              </form>
            </body>
            </html>
            """, "text/html; charset=utf-8");
    }
}
