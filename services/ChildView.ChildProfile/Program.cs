using ChildView.ChildProfile;
using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Families;
using ChildView.ChildProfile.Profiles;
using ChildView.ChildProfile.Stewardship;
using ChildView.Contracts.Security;
using ChildView.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTokenAuthentication(ApiResources.Profile.Audience);
builder.AddDefaultOpenApi(ApiResources.Profile, "ChildView Child Profile API");
builder.AddChildProfileServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultOpenApi();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapProfilesApi();
app.MapChronologyApi();
app.MapFamilyApi();
app.MapBreakGlassApi();
app.MapDpoApi();
app.MapStewardApi();
app.MapWorklistApi();

app.Run();
