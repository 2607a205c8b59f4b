// The Function App on the Flex Consumption plan (.NET isolated), running as the user-assigned identity:
// every connection is identity-based (no keys or connection strings), the SMTP password is a Key Vault
// reference resolved with the same identity, and telemetry goes to Application Insights with Entra ID auth.
// Flex Consumption keeps the runtime, its version, scaling and the deployment package in functionAppConfig,
// not in app settings (FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not set there).

@description('When the national reports are computed (NCRONTAB with seconds, UTC).')
param reportsSchedule string = '0 0 6 * * *'

@description('When the audit journals are anchored into the immutable audit-anchors container (NCRONTAB with seconds, UTC).')
param auditAnchorSchedule string = '0 30 5 * * *'

param functionAppName string
param planName string
param location string
param tags object

@description('Resource ID, client ID of the Function App\'s user-assigned identity.')
param identityId string
param identityClientId string

param storageAccountName string
param deploymentContainerName string
param cosmosEndpoint string
param cosmosDatabaseName string

@description('Msix:Access:Authority, the Entra ID authority (https://login.microsoftonline.com/<tenant>/v2.0).')
param accessAuthority string

@description('Msix:Access:Audience, the API\'s application ID URI or client ID.')
param accessAudience string

param smtpUsername string
param smtpPasswordSecretUri string
param smtpFromAddress string

param appInsightsName string
param workspaceId string

@description('Memory of one instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('The most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: functionAppName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Every setting the code reads in Azure, and nothing else: a test (BicepTests) compares these names with
// the code's constants, both ways.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The Functions host's own storage (keys, leases, blob receipts).
    AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    // ConnectionNames.Storage: the drop zone, the receipts, the queues and the triggers.
    MsixStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    MsixStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    MsixStorage__credential: 'managedidentity'
    MsixStorage__clientId: identityClientId
    // ConnectionNames.Cosmos.
    MsixCosmos__accountEndpoint: cosmosEndpoint
    MsixCosmos__credential: 'managedidentity'
    MsixCosmos__clientId: identityClientId
    Msix__Cosmos__DatabaseName: cosmosDatabaseName
    Msix__Access__Authority: accessAuthority
    Msix__Access__Audience: accessAudience
    Msix__Smtp__Host: 'smtp.azurecomm.net'
    Msix__Smtp__Port: '587'
    Msix__Smtp__Security: 'StartTls'
    Msix__Smtp__UserName: smtpUsername
    Msix__Smtp__Password: '@Microsoft.KeyVault(SecretUri=${smtpPasswordSecretUri})'
    Msix__Smtp__FromAddress: smtpFromAddress
    Msix__Notices__RecordBaseUrl: 'https://${site.properties.defaultHostName}/api/students/'
    Msix__Reports__Schedule: reportsSchedule
    Msix__Audit__AnchorSchedule: auditAnchorSchedule
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'FunctionAppLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
