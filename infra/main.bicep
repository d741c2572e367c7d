// Balises télésanté — Azure resources for one environment (dev, prod…), deployed by `arm/deploy` in
// teamsapp.yml with a parameters file: infra/azure.parameters.dev.json (dev: one B1 instance) or
// infra/azure.parameters.prod.json (production: Premium v3, zone-redundant, autoscaled). Everything lands in
// Canada Central by default.
// NOTE: this repository's CI has no Bicep compiler; run `bicep build infra/main.bicep --stdout` (the `bicep` on
// PATH, which arm/deploy runs too) before the first deployment (docs/deploy.md).
targetScope = 'resourceGroup'

@minLength(3)
@maxLength(16)
@description('Short base for resource names, e.g. balises-dev. Globally unique names get a suffix derived from the resource group.')
param resourceBaseName string

@description('Azure region of every regional resource. Canada Central keeps the data in Canada (Law 25 / EFVP).')
param location string = 'canadacentral'

@description('App Service plan SKU. B1 (dev) is the smallest with Always On: one instance, no zone redundancy. Production (azure.parameters.prod.json): P1v3 or higher, since zone redundancy needs Premium v3.')
param appServiceSku string = 'B1'

@minValue(1)
@maxValue(30)
@description('Instances the plan always runs, and the autoscale minimum. 1 in dev; at least 2 in production (3 in azure.parameters.prod.json: one per Canada Central zone).')
param appServiceMinInstances int = 1

@minValue(0)
@maxValue(30)
@description('Autoscale maximum (CPU and HTTP queue length rules). 0, or not above appServiceMinInstances: no autoscale (dev).')
param appServiceMaxInstances int = 0

@description('Spread the plan instances over the availability zones of the region. Needs Premium v3 and at least 2 instances.')
param zoneRedundant bool = false

@minValue(2)
@maxValue(10)
@description('Failed /healthz probes in a row (one a minute) before App Service takes an instance out of the load balancer (WEBSITE_HEALTHCHECK_MAXPINGFAILURES; App Service default: 10).')
param healthCheckMaxPingFailures int = 3

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot SKU. Teams is a standard channel: F0 is enough.')
param botServiceSku string = 'F0'

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
@description('Storage redundancy. ZRS stays in Canada Central; GRS replicates to Canada East.')
param storageSku string = 'Standard_ZRS'

@description('Client (application) id of the single-tenant Entra app used by the bot and by tab SSO (AAD_APP_CLIENT_ID).')
param aadAppClientId string

@description('Tenant id of that Entra app (AAD_APP_TENANT_ID).')
param aadAppTenantId string

@secure()
@description('Client secret of that Entra app, from env/.env.<env>.user (SECRET_AAD_APP_CLIENT_SECRET). Becomes the MicrosoftAppPassword app setting.')
param aadAppClientSecret string

@maxLength(42)
@description('Bot display name in the Azure portal.')
param botDisplayName string = 'Balises télésanté'

@minValue(30)
@maxValue(3650)
@description('Days encounter metadata is kept before the purge (RETENTION_DAYS).')
param retentionDays int = 730

@maxLength(300)
@description('Loi 25: the person in charge of the protection of personal information and how to reach them, shown on /privacy (PRIVACY_CONTACT).')
param privacyContact string = ''

@description('Days of logs kept in Log Analytics.')
param logRetentionDays int = 90

@description('Prefix of every table name; must match STORAGE_TABLE_PREFIX read by bot/src/config.ts.')
param tablePrefix string = 'balises'

var uniqueSuffix = take(uniqueString(resourceGroup().id, resourceBaseName), 8)
var webAppName = '${resourceBaseName}-${uniqueSuffix}'
var storageAccountName = take(toLower(replace('st${resourceBaseName}${uniqueSuffix}', '-', '')), 24)
var tags = {
  application: 'balises-telesante'
  dataResidency: 'canada'
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'balises-monitoring'
  params: {
    name: resourceBaseName
    location: location
    logRetentionDays: logRetentionDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'balises-storage'
  params: {
    name: storageAccountName
    location: location
    sku: storageSku
    tablePrefix: tablePrefix
    tags: tags
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
  }
}

module webApp 'modules/webapp.bicep' = {
  name: 'balises-webapp'
  params: {
    name: webAppName
    location: location
    sku: appServiceSku
    minInstances: appServiceMinInstances
    maxInstances: appServiceMaxInstances
    zoneRedundant: zoneRedundant
    healthCheckMaxPingFailures: healthCheckMaxPingFailures
    tags: tags
    aadAppClientId: aadAppClientId
    aadAppTenantId: aadAppTenantId
    aadAppClientSecret: aadAppClientSecret
    storageTableEndpoint: storage.outputs.tableEndpoint
    tablePrefix: tablePrefix
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    retentionDays: retentionDays
    privacyContact: privacyContact
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
  }
}

module tableAccess 'modules/tableDataRole.bicep' = {
  name: 'balises-table-data-role'
  params: {
    storageAccountName: storage.outputs.name
    principalId: webApp.outputs.principalId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'balises-bot'
  params: {
    name: webAppName
    displayName: botDisplayName
    sku: botServiceSku
    msaAppId: aadAppClientId
    msaAppTenantId: aadAppTenantId
    endpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'
    tags: tags
  }
}

// Outputs are written back to env/.env.<env> by the toolkit (names become variables).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.id
output BOT_DOMAIN string = webApp.outputs.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.outputs.defaultHostName}'
output STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_BOT_SERVICE_NAME string = bot.outputs.name
