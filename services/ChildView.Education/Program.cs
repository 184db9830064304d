using ChildView.Contracts.Security;
using ChildView.Education;
using ChildView.Education.Attendance;
using ChildView.Education.Enrolments;
using ChildView.Education.Exclusions;
using ChildView.Education.FamilyMembers;
using ChildView.Education.FreeSchoolMeals;
using ChildView.Education.Pupils;
using ChildView.Education.SenProvisions;
using ChildView.ServiceDefaults;
using ChildView.ServiceKit.Audit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTokenAuthentication(ApiResources.Education.Audience);
builder.AddDefaultOpenApi(ApiResources.Education, "ChildView Education API");
builder.AddEducationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultOpenApi();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapPupilsApi();
app.MapPupilFamilyMembersApi();
app.MapEnrolmentsApi();
app.MapAttendanceApi();
app.MapExclusionsApi();
app.MapSenProvisionsApi();
app.MapFreeSchoolMealsApi();
app.MapAuditVerification(ApiResources.Education);

app.Run();
