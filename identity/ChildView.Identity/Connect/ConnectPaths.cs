namespace ChildView.Identity.Connect;

public static class ConnectPaths
{
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string EndSession = "/connect/endsession";
    public const string UserInfo = "/connect/userinfo";
}
