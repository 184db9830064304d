using ChildView.Contracts.Security;
using ChildView.ServiceDefaults;
using ChildView.SocialCare;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTokenAuthentication(ApiResources.SocialCare.Audience);
builder.AddDefaultOpenApi(ApiResources.SocialCare, "ChildView Social Care API");
builder.AddSocialCareServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultOpenApi();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapSocialCareApis();

app.Run();
