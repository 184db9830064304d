using ChildView.DemoSeeder;

var builder = Host.CreateApplicationBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddHttpClient<GatewayClient>(http => http.BaseAddress = new Uri("http://gateway"));
builder.Services.AddHttpClient<OpsTokenSource>();
builder.Services.AddTransient<DemoCounty>();

using var host = builder.Build();
await host.Services.GetRequiredService<DemoCounty>().SeedAsync(CancellationToken.None);
