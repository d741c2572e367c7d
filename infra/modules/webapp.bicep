// Linux App Service plan + Node.js 24 LTS web app hosting the bot endpoint, the tab API and the tab.
// Dev: one B1 instance. Production (azure.parameters.prod.json): Premium v3, zone-redundant, at least
// 2 instances, autoscaled on CPU and HTTP queue length; App Service probes /healthz on every instance
// and takes one that fails healthCheckMaxPingFailures probes in a row out of the load balancer.
// Node 24 LTS: App Service Linux supports it (NODE|24-lts) and it is maintained until April 2028;
// Node 20 reached end of life in April 2026 (docs/deploy.md, .nvmrc).
param name string
param location string
param sku string
@minValue(1)
param minInstances int
@minValue(0)
param maxInstances int
param zoneRedundant bool
@minValue(2)
@maxValue(10)
param healthCheckMaxPingFailures int
param tags object
param aadAppClientId string
param aadAppTenantId string
@secure()
param aadAppClientSecret string
param storageTableEndpoint string
param tablePrefix string
param appInsightsConnectionString string
param retentionDays int
param privacyContact string
@description('Resource id of the Log Analytics workspace (monitoring.bicep) that receives the site diagnostic logs.')
param logAnalyticsWorkspaceId string

var autoscaleEnabled = maxInstances > minInstances

// App Service resource logs sent to Log Analytics (kept logRetentionDays days, main.bicep): each request (client IP,
// URL, status, time taken), the service's console output (its pino logs), application logs, publishing sign-ins
// (FTP, SCM) and platform events such as container starts and stops.
var siteLogCategories = [
  'AppServiceHTTPLogs'
  'AppServiceConsoleLogs'
  'AppServiceAppLogs'
  'AppServiceAuditLogs'
  'AppServicePlatformLogs'
]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
    capacity: minInstances
  }
  properties: {
    reserved: true
    zoneRedundant: zoneRedundant
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
      linuxFxVersion: 'NODE|24-lts'
      // The service as `npm run build` bundles it (scripts/build-server.ts).
      appCommandLine: 'node --max-semi-space-size=64 dist/server/index.mjs'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // 200 when storage answers, 503 otherwise (bot/src/http/healthRoute.ts).
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
    PRIVACY_CONTACT: privacyContact
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    // App Service's codeless Node.js agent on Linux (no SDK in the service).
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    WEBSITE_RUN_FROM_PACKAGE: '1'
    // Health-check eviction: an instance failing this many /healthz probes in a row leaves the load
    // balancer (App Service never evicts more than half the instances; replaced after an hour unhealthy).
    WEBSITE_HEALTHCHECK_MAXPINGFAILURES: string(healthCheckMaxPingFailures)
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
}

resource siteDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-${name}'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [for category in siteLogCategories: {
      category: category
      enabled: true
    }]
  }
}

// Autoscale on the plan: out when CPU or the HTTP queue climbs, in only when both are low; never below
// minInstances (so a zone-redundant plan keeps an instance in each zone). Dev (no maximum): none.
resource autoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = if (autoscaleEnabled) {
  name: 'autoscale-${name}'
  location: location
  tags: tags
  properties: {
    name: 'autoscale-${name}'
    enabled: true
    targetResourceUri: plan.id
    profiles: [
      {
        name: 'cpu-and-http-queue'
        capacity: {
          minimum: string(minInstances)
          maximum: string(maxInstances)
          default: string(minInstances)
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricNamespace: 'microsoft.web/serverfarms'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: 70
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'HttpQueueLength'
              metricNamespace: 'microsoft.web/serverfarms'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT5M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: 10
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricNamespace: 'microsoft.web/serverfarms'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT20M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: 35
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT15M'
            }
          }
          {
            metricTrigger: {
              metricName: 'HttpQueueLength'
              metricNamespace: 'microsoft.web/serverfarms'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT20M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: 2
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT15M'
            }
          }
        ]
      }
    ]
  }
}

output id string = site.id
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
