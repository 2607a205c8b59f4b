// A development environment. azd sets AZURE_ENV_NAME and AZURE_LOCATION; the az CLI uses the defaults here.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'msix-dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'eastus2')
param cosmosScaleMode = 'serverless'
param entraAudience = readEnvironmentVariable('MSIX_API_AUDIENCE', 'api://msix')
param smtpApplicationClientId = readEnvironmentVariable('MSIX_SMTP_APP_CLIENT_ID', '')
param smtpApplicationPrincipalId = readEnvironmentVariable('MSIX_SMTP_APP_PRINCIPAL_ID', '')
param deployEventSubscription = bool(readEnvironmentVariable('MSIX_DEPLOY_EVENT_SUBSCRIPTION', 'false'))
// Each State with its uploader's object ID, e.g. [{ state: 'TX', principalId: '<object id>' }] (see the README).
param states = []
