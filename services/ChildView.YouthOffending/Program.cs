using ChildView.Contracts.Security;
using ChildView.ServiceDefaults;
using ChildView.YouthOffending;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTokenAuthentication(ApiResources.YouthOffending.Audience);
builder.AddDefaultOpenApi(ApiResources.YouthOffending, "ChildView Youth Offending API");
builder.AddYouthOffendingServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultOpenApi();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapYouthOffendingApis();

app.Run();
