// MSIX on Azure Functions: everything the exchange needs in one resource group.
//   az group create -n rg-msix-dev -l eastus2
//   az deployment group create -g rg-msix-dev -f infra/main.bicep -p infra/main.bicepparam
// or `azd up` (azure.yaml at the repository root). See "Deploying to Azure" in the README.
targetScope = 'resourceGroup'

@description('The environment\'s name (e.g. msix-dev): every resource name is derived from it and a unique suffix.')
@minLength(1)
@maxLength(32)
param environmentName string

@description('Region of every resource but Communication Services (global).')
param location string = resourceGroup().location

@description('The States of the exchange, each with the Entra ID object ID of the principal its data system uploads as.')
param states stateUploader[] = []

@description('Cosmos DB throughput: serverless (small deployments, pay per request) or autoscale (the national load).')
@allowed([
  'serverless'
  'autoscale'
])
param cosmosScaleMode string = 'serverless'

@description('Autoscale ceiling of the database in RU/s (cosmosScaleMode autoscale only).')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 10000

@description('The Cosmos DB database (Msix:Cosmos:DatabaseName).')
param cosmosDatabaseName string = 'msix'

@description('Entra ID authority the API trusts (Msix:Access:Authority); by default this tenant\'s v2.0 endpoint.')
param entraAuthority string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'

@description('Audience the API\'s tokens are issued for (Msix:Access:Audience): its application ID URI or client ID.')
param entraAudience string = 'api://msix'

@description('Application (client) ID of the Entra application the SMTP relay signs in as; empty until it exists (no SMTP username is made).')
param smtpApplicationClientId string = ''

@description('Object ID of that application\'s service principal (given the ACS send role); empty to skip.')
param smtpApplicationPrincipalId string = ''

@description('The SMTP password (that application\'s client secret), stored in Key Vault; leave empty and set it with `az keyvault secret set`.')
@secure()
param smtpPassword string = ''

@description('Where ACS keeps its data at rest.')
param communicationDataLocation string = 'United States'

@description('Subscribe the blob trigger to the drop zone\'s Event Grid events: true only once the code has been deployed (the endpoint needs the host\'s blobs_extension key).')
param deployEventSubscription bool = false

@description('Memory of one Function App instance, in MB.')
@allowed([
  512
  2048
  4096
])
param functionInstanceMemoryMB int = 2048

@description('The most instances the Function App scales out to.')
@minValue(40)
@maxValue(1000)
param functionMaximumInstanceCount int = 100

@description('A State and the Entra ID object ID of the principal its data system uploads as.')
type stateUploader = {
  @description('Two-letter State code, the drop-zone folder (e.g. TX).')
  @minLength(2)
  @maxLength(2)
  state: string

  @description('Object ID of the State\'s uploader (service principal or managed identity).')
  principalId: string
}

// The names the code uses, one for one with its constants: BicepTests compares these variables with
// BlobContainerNames, QueueNames (and their "-poison" queues) and CosmosContainerNames.All, both ways.
var blobContainerNames = [
  'dropzone'
  'receipts'
  'audit-anchors'
]
var queueNames = [
  'consolidate'
  'consolidate-poison'
  'notify'
  'notify-poison'
]
var cosmosContainerNames = [
  'submissions'
  'contributions'
  'identities'
  'students'
  'matching'
  'worklists'
  'audit'
  'notices'
  'deliveries'
  'reports'
]
var cosmosPartitionKeyPath = '/id'
var dropZoneContainerName = 'dropzone'
var receiptsContainerName = 'receipts'
var auditAnchorsContainerName = 'audit-anchors'
var blobTriggerFunctionName = 'IngestSubmission'

// Names: an abbreviation per resource type, the environment name and one unique suffix.
var suffix = uniqueString(subscription().id, resourceGroup().id, environmentName)
var compactName = take(toLower(replace(replace(environmentName, '-', ''), '_', '')), 9)
var names = {
  identity: 'id-${environmentName}-${suffix}'
  storage: 'st${compactName}${suffix}'
  cosmos: 'cosmos-${toLower(environmentName)}-${suffix}'
  keyVault: 'kv-${take(compactName, 6)}-${suffix}'
  workspace: 'log-${environmentName}-${suffix}'
  appInsights: 'appi-${environmentName}-${suffix}'
  plan: 'asp-${environmentName}-${suffix}'
  functionApp: 'func-${environmentName}-${suffix}'
  communication: 'acs-${environmentName}-${suffix}'
  emailService: 'ecs-${environmentName}-${suffix}'
  systemTopic: 'evgt-${environmentName}-${suffix}'
}
var deploymentContainerName = 'app-package-${take(suffix, 7)}'
var smtpSecretName = 'smtp-password'
var smtpUsername = 'msix-notices'
var tags = {
  'azd-env-name': environmentName
  application: 'msix'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
    appIdentityId: identity.id
    publisherPrincipalId: identity.properties.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    storageAccountName: names.storage
    location: location
    tags: tags
    blobContainerNames: blobContainerNames
    dropZoneContainerName: dropZoneContainerName
    receiptsContainerName: receiptsContainerName
    auditAnchorsContainerName: auditAnchorsContainerName
    deploymentContainerName: deploymentContainerName
    queueNames: queueNames
    appIdentityId: identity.id
    appPrincipalId: identity.properties.principalId
    stateUploaders: states
    systemTopicName: names.systemTopic
    workspaceId: monitoring.outputs.workspaceId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: names.cosmos
    location: location
    tags: tags
    databaseName: cosmosDatabaseName
    containerNames: cosmosContainerNames
    partitionKeyPath: cosmosPartitionKeyPath
    scaleMode: cosmosScaleMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    appIdentityId: identity.id
    appPrincipalId: identity.properties.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    keyVaultName: names.keyVault
    location: location
    tags: tags
    smtpSecretName: smtpSecretName
    smtpPassword: smtpPassword
    appIdentityId: identity.id
    appPrincipalId: identity.properties.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: {
    communicationServiceName: names.communication
    emailServiceName: names.emailService
    tags: tags
    dataLocation: communicationDataLocation
    smtpUsername: smtpUsername
    smtpApplicationClientId: smtpApplicationClientId
    smtpApplicationPrincipalId: smtpApplicationPrincipalId
    senderLocalPart: 'DoNotReply'
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    functionAppName: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: names.storage
    deploymentContainerName: deploymentContainerName
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmosDatabaseName
    accessAuthority: entraAuthority
    accessAudience: entraAudience
    smtpUsername: smtpUsername
    smtpPasswordSecretUri: keyVault.outputs.smtpSecretUri
    smtpFromAddress: communication.outputs.senderAddress
    appInsightsName: names.appInsights
    workspaceId: monitoring.outputs.workspaceId
    instanceMemoryMB: functionInstanceMemoryMB
    maximumInstanceCount: functionMaximumInstanceCount
  }
  dependsOn: [
    storage
  ]
}

module blobEvents 'modules/blob-events.bicep' = if (deployEventSubscription) {
  name: 'blob-events'
  params: {
    functionAppName: names.functionApp
    systemTopicName: names.systemTopic
    dropZoneContainerName: dropZoneContainerName
    functionName: blobTriggerFunctionName
  }
  dependsOn: [
    functionApp
    storage
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = storage.outputs.systemTopicName
output AZURE_COSMOS_ACCOUNT_NAME string = cosmos.outputs.name
output AZURE_COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_SMTP_SECRET_NAME string = smtpSecretName
output AZURE_COMMUNICATION_SERVICE_NAME string = communication.outputs.name
output SMTP_USERNAME string = smtpUsername
output SMTP_FROM_ADDRESS string = communication.outputs.senderAddress
output AZURE_IDENTITY_CLIENT_ID string = identity.properties.clientId
output DEPLOY_EVENT_SUBSCRIPTION bool = deployEventSubscription
