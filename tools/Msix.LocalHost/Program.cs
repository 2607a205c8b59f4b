using Msix.Adapters;
using Msix.Api;
using Msix.Domain;
using Msix.LocalHost;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddMsixDomain();
builder.Services.AddMsixAzureAdapters(builder.Configuration);
builder.Services.AddMsixApi(builder.Configuration, trustDevelopmentKey: true);
builder.Services.AddProblemDetails();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
builder.Host.ConfigureWebJobs(webJobs => webJobs.AddExchangeTriggers(builder.Configuration));
builder.Services.AddHostedService(services => new DropZoneSweeper(
    AdapterServiceCollectionExtensions.StorageBlobs(services),
    services.GetRequiredService<TimeProvider>(),
    services.GetRequiredService<ILogger<DropZoneSweeper>>()));
builder.Services.AddHostedService<ReportScheduler>();
builder.Services.AddHostedService<AuditAnchorScheduler>();

var app = builder.Build();
app.UseExceptionHandler(errors => errors.Run(context => Problems.Unexpected().ExecuteAsync(context)));
app.UseStatusCodePages();
app.UseMsixAccess();
app.MapMsixApi();
await app.RunAsync();
