// The exchange's storage account: the drop zone and the receipts, the queues with their poison queues, the
// Functions deployment package container, and the Event Grid system topic the blob trigger listens through.
//
// Per-State write isolation in the drop zone: each State's uploader principal (a service principal or
// managed identity the State's data system signs in as) gets Storage Blob Data Contributor on the
// dropzone container with an ABAC role assignment CONDITION that limits every blob read, write, add,
// delete and listing to the path "<State>/", and Storage Blob Data Reader on the receipts container
// limited the same way. Chosen over SFTP local users because: SFTP needs a hierarchical-namespace account
// and a local user signs in with an SSH key or password (a secret to hand out and rotate, outside Entra ID,
// against the "no shared secrets" rule), and SFTP is billed per hour for as long as it is enabled. A role
// assignment condition keeps every caller an Entra ID identity, is audited in the storage logs under that
// identity, and costs nothing.

@description('Storage account name.')
param storageAccountName string

param location string
param tags object

@description('The blob containers the code uses (the drop zone, the receipts, the audit anchors).')
param blobContainerNames array

@description('The drop-zone container, one folder per State.')
param dropZoneContainerName string

@description('The receipts container, one folder per State.')
param receiptsContainerName string

@description('The audit anchors container: each set of anchors, once written, can be neither changed nor removed.')
param auditAnchorsContainerName string

@description('Days a set of audit anchors stays immutable after it is written (the time-based retention policy).')
@minValue(1)
@maxValue(146000)
param auditAnchorRetentionDays int = 2557

@description('The container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

@description('The queues the code uses, poison queues included.')
param queueNames array

@description('Resource ID of the Function App\'s user-assigned identity (names its role assignments).')
param appIdentityId string

@description('Principal ID of the Function App\'s user-assigned identity.')
param appPrincipalId string

@description('Each State\'s uploader: { state: \'TX\', principalId: \'<object id>\' }.')
param stateUploaders array

@description('Days a deleted or overwritten blob can be recovered.')
@minValue(2)
@maxValue(365)
param deleteRetentionDays int = 30

@description('Event Grid system topic name.')
param systemTopicName string

@description('Log Analytics workspace resource ID for diagnostic settings.')
param workspaceId string

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f4f6e0c9c4c'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
}

var blobActions = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    changeFeed: {
      enabled: true
      retentionInDays: deleteRetentionDays
    }
    deleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    restorePolicy: {
      enabled: true
      days: deleteRetentionDays - 1
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [
  for name in union(blobContainerNames, [deploymentContainerName]): {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

// The audit anchors are kept where whoever can write to the Cosmos DB database cannot change them: a time-based
// retention policy lets no one, the Function App's identity (Blob Data Owner) included, overwrite or delete a set
// of anchors until it is this many days old.
// The policy is deployed unlocked, so the period can be corrected while the exchange is set up; once in service,
// lock it (az storage container immutability-policy lock): a locked policy can only be lengthened.
resource auditAnchors 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: blobService
  name: auditAnchorsContainerName
}

resource auditAnchorsRetention 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-06-01' = {
  parent: auditAnchors
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditAnchorRetentionDays
    allowProtectedAppendWrites: false
  }
  dependsOn: [
    containers
  ]
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = [
  for name in queueNames: {
    parent: queueService
    name: name
  }
]

resource dropZone 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: blobService
  name: dropZoneContainerName
}

resource receipts 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: blobService
  name: receiptsContainerName
}

// The Function App: Blob Data Owner (the Functions host keeps its keys and leases in blobs and the Flex
// plan reads the package with it), Queue Data Contributor (the triggers and the code's enqueues).
resource appBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, appIdentityId, roles.storageBlobDataOwner)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource appQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, appIdentityId, roles.storageQueueDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// A State's uploader: read, write, add and delete only blobs under "<State>/", list only with that prefix.
resource stateDropZone 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for uploader in stateUploaders: {
    scope: dropZone
    name: guid(dropZone.id, uploader.principalId, roles.storageBlobDataContributor, uploader.state)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
      principalId: uploader.principalId
      principalType: 'ServicePrincipal'
      description: 'State ${uploader.state} uploader: its own drop-zone folder only.'
      conditionVersion: '2.0'
      condition: '((!(ActionMatches{\'${blobActions}/read\'} AND SubOperationMatches{\'Blob.List\'})) OR (@Request[${blobActions}:prefix] StringStartsWith \'${uploader.state}/\')) AND ((!(ActionMatches{\'${blobActions}/read\'} AND NOT SubOperationMatches{\'Blob.List\'}) AND !(ActionMatches{\'${blobActions}/write\'}) AND !(ActionMatches{\'${blobActions}/add/action\'}) AND !(ActionMatches{\'${blobActions}/delete\'})) OR (@Resource[${blobActions}:path] StringStartsWith \'${uploader.state}/\'))'
    }
  }
]

resource stateReceipts 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for uploader in stateUploaders: {
    scope: receipts
    name: guid(receipts.id, uploader.principalId, roles.storageBlobDataReader, uploader.state)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
      principalId: uploader.principalId
      principalType: 'ServicePrincipal'
      description: 'State ${uploader.state} uploader: its own receipts only.'
      conditionVersion: '2.0'
      condition: '((!(ActionMatches{\'${blobActions}/read\'} AND SubOperationMatches{\'Blob.List\'})) OR (@Request[${blobActions}:prefix] StringStartsWith \'${uploader.state}/\')) AND ((!(ActionMatches{\'${blobActions}/read\'} AND NOT SubOperationMatches{\'Blob.List\'})) OR (@Resource[${blobActions}:path] StringStartsWith \'${uploader.state}/\'))'
    }
  }
]

// The blob trigger's Event Grid source: the account's system topic. Its subscription to the function's
// endpoint is in blob-events.bicep (it needs the function's blobs_extension key, which exists only once the
// code has been deployed).
resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource accountDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: account
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: blobService
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: queueService
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output systemTopicName string = systemTopic.name
