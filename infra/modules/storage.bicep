// Storage account for Azure Tables only. No keys, no SAS: the web app reaches it with its managed
// identity (Storage Table Data Contributor, see tableDataRole.bicep).
param name string
param location string
param sku string
param tablePrefix string
param tags object

// One table per repository in bot/src/storage (TableName in tableClients.ts); the app prefixes each name.
var tableNames = [
  'TeamConfig'
  'Conversations'
  'Encounters'
  'Reminders'
  'Learners'
  'Audit'
  'Health'
  'Teams'
  'People'
  'SendBudget'
  'Preferences'
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        table: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in tableNames: {
  parent: tableService
  name: '${tablePrefix}${table}'
}]

output name string = account.name
output id string = account.id
output tableEndpoint string = account.properties.primaryEndpoints.table
