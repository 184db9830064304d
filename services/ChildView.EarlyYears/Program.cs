using ChildView.Contracts.Security;
using ChildView.EarlyYears;
using ChildView.ServiceDefaults;

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
app.MapEarlyYearsApis();

app.Run();
