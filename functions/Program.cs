using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Msix.Adapters;
using Msix.Api;
using Msix.Domain;
using Msix.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseWhen<HttpExceptionMiddleware>(HttpExceptionMiddleware.IsHttpFunction);
builder.UseWhen<AccessMiddleware>(HttpExceptionMiddleware.IsHttpFunction);
builder.Services.AddMsixDomain();
builder.Services.AddMsixApi(builder.Configuration, trustDevelopmentKey: false);
builder.Services.AddMsixAzureAdapters(builder.Configuration);
await builder.Build().RunAsync();
