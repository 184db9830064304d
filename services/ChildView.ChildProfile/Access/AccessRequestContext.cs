namespace ChildView.ChildProfile.Access;

/// <summary>Where a request came from and why, for the audit log.</summary>
public static class AccessRequestContext
{
    /// <summary>An optional stated purpose for a read ("section 47 enquiry", "MASH screening").</summary>
    public const string PurposeHeader = "X-ChildView-Purpose";

    public static string? Purpose(HttpContext http) => http.Request.Headers[PurposeHeader].FirstOrDefault() is { Length: > 0 } purpose
        ? purpose[..Math.Min(purpose.Length, 500)]
        : null;

    /// <summary>The original client: the gateway adds X-Forwarded-For; a direct call is its own address.</summary>
    public static string? ClientAddress(HttpContext http) =>
        http.Request.Headers["X-Forwarded-For"].FirstOrDefault()?.Split(',')[0].Trim() is { Length: > 0 } forwarded
            ? forwarded[..Math.Min(forwarded.Length, 64)]
            : http.Connection.RemoteIpAddress?.ToString();
}
