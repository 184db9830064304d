using ChildView.Identity;
using ChildView.Identity.Account;
using ChildView.Identity.Connect;
using ChildView.Identity.StaffDirectory;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServer();
builder.AddDirectoryApi();

var app = builder.Build();

app.UseIdentityServer();
app.MapDefaultEndpoints();
app.MapLoginEndpoints();
app.MapConnectEndpoints();
app.MapDirectoryApi();

app.Run();
