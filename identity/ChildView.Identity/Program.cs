using ChildView.Identity;
using ChildView.Identity.Account;
using ChildView.Identity.Connect;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServer();

var app = builder.Build();

app.UseIdentityServer();
app.MapDefaultEndpoints();
app.MapLoginEndpoints();
app.MapConnectEndpoints();

app.Run();
