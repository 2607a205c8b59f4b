// Azure Communication Services with an Email Communication Service and its Azure-managed domain, the SMTP
// username the relay (smtp.azurecomm.net:587, STARTTLS) signs in with, linked to the operator's Entra
// application, and the least-privilege custom role that application needs on the ACS resource to send.

@description('Communication Services resource name.')
param communicationServiceName string

@description('Email Communication Service resource name.')
param emailServiceName string

param tags object

@description('Where ACS keeps its data at rest (a geography, e.g. "United States").')
param dataLocation string

@description('The SMTP username (the user name the Functions app signs in with).')
param smtpUsername string

@description('Application (client) ID of the Entra application whose secret is the SMTP password; empty to skip the SMTP username.')
param smtpApplicationClientId string

@description('Object ID of that application\'s service principal, given the send role; empty to skip.')
param smtpApplicationPrincipalId string

@description('The sender address\'s local part on the Azure-managed domain.')
param senderLocalPart string

resource emailService 'Microsoft.Communication/emailServices@2025-09-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource managedDomain 'Microsoft.Communication/emailServices/domains@2025-09-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communication 'Microsoft.Communication/communicationServices@2025-09-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [
      managedDomain.id
    ]
  }
}

resource smtpUser 'Microsoft.Communication/communicationServices/smtpUsernames@2025-09-01' = if (!empty(smtpApplicationClientId)) {
  parent: communication
  name: smtpUsername
  properties: {
    username: smtpUsername
    entraApplicationId: smtpApplicationClientId
    tenantId: tenant().tenantId
  }
}

// What sending over the SMTP relay needs, and nothing more (instead of the broad built-in
// "Communication and Email Service Owner").
resource sendRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'msix-acs-smtp-send')
  properties: {
    roleName: 'MSIX ACS SMTP sender (${resourceGroup().name})'
    description: 'Send mail through the Azure Communication Services SMTP relay.'
    type: 'CustomRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: [
          'Microsoft.Communication/CommunicationServices/Read'
          'Microsoft.Communication/CommunicationServices/Write'
          'Microsoft.Communication/EmailServices/write'
        ]
        notActions: []
      }
    ]
  }
}

resource smtpSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(smtpApplicationPrincipalId)) {
  scope: communication
  name: guid(communication.id, smtpApplicationPrincipalId, sendRole.id)
  properties: {
    roleDefinitionId: sendRole.id
    principalId: smtpApplicationPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = communication.name
output senderAddress string = '${senderLocalPart}@${managedDomain.properties.mailFromSenderDomain}'
