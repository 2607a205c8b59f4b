// Key Vault for the one secret the exchange has: the SMTP relay's Entra application secret (a managed
// identity cannot sign in over SMTP). RBAC authorisation (no access policies), purge protection, audit logs
// to the workspace; the Function App's identity may only read secrets (Key Vault Secrets User).

@description('Key Vault name.')
param keyVaultName string

param location string
param tags object

@description('The secret that holds the SMTP password (the Entra application\'s client secret).')
param smtpSecretName string

@description('The SMTP password to store now; empty to set it later with `az keyvault secret set` (see the README).')
@secure()
param smtpPassword string

@description('Resource ID of the Function App\'s user-assigned identity (names its role assignments).')
param appIdentityId string

@description('Principal ID of the Function App\'s user-assigned identity.')
param appPrincipalId string

@description('Log Analytics workspace resource ID for diagnostic settings.')
param workspaceId string

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource smtpSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: smtpSecretName
  properties: {
    value: smtpPassword
    contentType: 'SMTP password (Entra application client secret) of the ACS SMTP relay'
  }
}

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, appIdentityId, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: vault
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
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
// The versionless secret URI: a Key Vault reference to it follows rotation (the latest version).
output smtpSecretUri string = '${vault.properties.vaultUri}secrets/${smtpSecretName}'
