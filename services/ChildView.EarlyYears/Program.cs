using ChildView.Contracts.Security;
using ChildView.ServiceDefaults;
using ChildView.EarlyYears;
using ChildView.EarlyYears.Settings;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTokenAuthentication(ApiResources.EarlyYears.Audience);
builder.AddDefaultOpenApi(ApiResources.EarlyYears, "ChildView Early Years API");
builder.AddEarlyYearsServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultOpenApi();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapSettingRegistrationsApi();

app.Run();
