using ChildView.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

// Backing servers: Aspire containers where a container runtime works, else the servers `make run` started.
var infrastructure = Infrastructure.Add(builder);

var identity = builder.AddProject<Projects.ChildView_Identity>("identity")
    .WithHttpHealthCheck("/health")
    .WithDatabase(infrastructure.Database("identitydb"));

var education = builder.AddProject<Projects.ChildView_Education>("education")
    .WithHttpHealthCheck("/health")
    .WithDatabase(infrastructure.Database("educationdb")).WithBroker(infrastructure.Broker("education")).UsesIdentity(identity);
var socialCare = builder.AddProject<Projects.ChildView_SocialCare>("socialcare")
    .WithHttpHealthCheck("/health")
    .WithDatabase(infrastructure.Database("socialcaredb")).WithBroker(infrastructure.Broker("socialcare")).UsesIdentity(identity);
var youthOffending = builder.AddProject<Projects.ChildView_YouthOffending>("youthoffending")
    .WithHttpHealthCheck("/health")
    .WithDatabase(infrastructure.Database("youthoffendingdb")).WithBroker(infrastructure.Broker("youthoffending")).UsesIdentity(identity);
var earlyYears = builder.AddProject<Projects.ChildView_EarlyYears>("earlyyears")
    .WithHttpHealthCheck("/health")
    .WithDatabase(infrastructure.Database("earlyyearsdb")).WithBroker(infrastructure.Broker("earlyyears")).UsesIdentity(identity);

var profile = builder.AddProject<Projects.ChildView_ChildProfile>("profile")
    .WithHttpHealthCheck("/health")
    .WithDatabase(infrastructure.Database("profiledb")).WithBroker(infrastructure.Broker("profile")).UsesIdentity(identity);

var gateway = builder.AddProject<Projects.ChildView_Gateway>("gateway")
    .WithHttpHealthCheck("/health")
    .UsesIdentity(identity)
    .WithReference(education).WithReference(socialCare).WithReference(youthOffending)
    .WithReference(earlyYears).WithReference(profile)
    .WaitFor(education).WaitFor(socialCare).WaitFor(youthOffending).WaitFor(earlyYears).WaitFor(profile);

builder.AddProject<Projects.ChildView_DemoSeeder>("demo-seeder")
    .UsesIdentity(identity)
    .WithReference(gateway).WaitFor(gateway);

builder.Build().Run();
