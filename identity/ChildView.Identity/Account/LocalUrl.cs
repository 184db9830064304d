namespace ChildView.Identity.Account;

/// <summary>Keeps the login page from becoming an open redirect: only paths on this site are followed.</summary>
internal static class LocalUrl
{
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } &&
        url[0] == '/' &&
        (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && // "//host" and "/\host" are other sites to a browser
        !url.Any(char.IsControl);
}
