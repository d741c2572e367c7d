// Storage account for Azure Tables only. No keys, no SAS: the web app reaches it with its managed
// identity (Storage Table Data Contributor, see tableDataRole.bicep).
param name string
param location string
param sku string
param tablePrefix string
param tags object
@description('Resource id of the Log Analytics workspace (monitoring.bicep) that receives the table service logs.')
param logAnalyticsWorkspaceId string

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

// Table service resource logs sent to Log Analytics (StorageTableLogs, kept logRetentionDays days): each read,
// write and delete with its caller (the web app's managed identity), the table and the keys it named.
var tableLogCategories = [
  'StorageRead'
  'StorageWrite'
  'StorageDelete'
]

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-${name}-table'
  scope: tableService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [for category in tableLogCategories: {
      category: category
      enabled: true
    }]
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in tableNames: {
  parent: tableService
  name: '${tablePrefix}${table}'
}]

output name string = account.name
output id string = account.id
output tableEndpoint string = account.properties.primaryEndpoints.table
