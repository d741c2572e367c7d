// Linux App Service plan + Node 20 LTS web app hosting the bot endpoint, the tab API and the tab.
param name string
param location string
param sku string
param tags object
param aadAppClientId string
param aadAppTenantId string
@secure()
param aadAppClientSecret string
param storageTableEndpoint string
param tablePrefix string
param appInsightsConnectionString string
param retentionDays int

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/bot/src/index.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

// App settings live in their own resource so they can use the site's host name.
// Names are the ones bot/src/config.ts reads (test/config/productionConfig.test.ts checks them).
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    BALISES_MODE: 'production'
    MicrosoftAppId: aadAppClientId
    MicrosoftAppPassword: aadAppClientSecret
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: aadAppTenantId
    AAD_APP_CLIENT_ID: aadAppClientId
    AAD_APP_TENANT_ID: aadAppTenantId
    AAD_APP_ID_URI: 'api://${site.properties.defaultHostName}/${aadAppClientId}'
    PUBLIC_BASE_URL: 'https://${site.properties.defaultHostName}'
    STORAGE_TABLE_ENDPOINT: storageTableEndpoint
    STORAGE_TABLE_PREFIX: tablePrefix
    RETENTION_DAYS: string(retentionDays)
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    // App Service's codeless Node.js agent on Linux (no SDK in the service).
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
}

output id string = site.id
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
