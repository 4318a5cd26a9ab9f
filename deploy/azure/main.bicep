// strategy-bot on Azure: the Azure Bot (single tenant) with its Microsoft Teams channel, the bot on
// Azure Container Apps, and Azure Cosmos DB for MongoDB (RU, serverless) as its store, wired together.
//
//   az deployment group create -g <resource group> -f deploy/azure/main.bicep \
//     -p @deploy/azure/main.parameters.json -p botAppPassword='<client secret>'
//
// Before: an Entra ID app registration (single tenant) with a client secret, and the image built from
// deploy/Dockerfile in a registry. Walk-through: docs/deployment.md.

targetScope = 'resourceGroup'

@description('Azure region for the container app, its environment, logs and Cosmos DB. The bot resource itself is global.')
param location string = resourceGroup().location

@description('Prefix of every resource name (lower case letters, digits, hyphens).')
@minLength(3)
@maxLength(18)
param namePrefix string = 'strategy-bot'

@description('The bot\'s Entra ID app (client) id: the app registration made for the bot. Becomes MicrosoftAppId.')
@minLength(36)
@maxLength(36)
param botAppId string

@description('The app registration\'s client secret. Becomes MicrosoftAppPassword, kept as a Container Apps secret.')
@secure()
param botAppPassword string

@description('The Entra ID tenant (directory) id of the app registration. Becomes MicrosoftAppTenantId; single-tenant bots need it.')
param botAppTenantId string = tenant().tenantId

@description('Display name of the bot in Azure.')
param botDisplayName string = 'Strategy Bot'

@description('Azure Bot pricing tier: F0 is free (Teams is a standard channel, so messages to it are not charged).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('The image built from deploy/Dockerfile, e.g. myregistry.azurecr.io/strategy-bot:0.1.0.')
param containerImage string

@description('Registry server of a private image, e.g. myregistry.azurecr.io; empty for a public image.')
param registryServer string = ''

@description('User name for the registry (for Azure Container Registry with the admin user: the registry name).')
param registryUsername string = ''

@description('Password for the registry.')
@secure()
param registryPassword string = ''

@description('Host name Teams reaches the bot on, when a custom domain is bound to the container app; empty = the container app\'s own host name.')
param botEndpointHost string = ''

@description('MongoDB database name in Cosmos DB. Becomes MONGODB_DATABASE.')
param mongoDatabaseName string = 'strategy-bot'

@description('Strategy for tenants not mapped to one. Becomes STRATEGY_BOT_STRATEGY_DEFAULT_ID.')
param strategyDefaultId string = 'wokingham-2021-24'

@description('Entra ID object ids of the bot\'s administrators, comma separated. Becomes STRATEGY_BOT_ADMINS.')
param admins string = ''

@description('The organisation\'s time zone: due dates and "today", the digest\'s schedule, the report. Becomes STRATEGY_BOT_ZONE.')
param zone string = 'Europe/London'

@description('Fewest replicas. Keep at least 1: a bot scaled to zero answers its first message after a cold start of several seconds, close to Teams\' 15 s limit.')
@minValue(1)
@maxValue(10)
param minReplicas int = 1

@description('Most replicas. They share only the store (Cosmos DB).')
@minValue(1)
@maxValue(10)
param maxReplicas int = 3

var suffix = uniqueString(resourceGroup().id)
var cosmosAccountName = toLower('${namePrefix}-${suffix}')
var botServiceName = '${namePrefix}-${suffix}'
var hasRegistry = !empty(registryServer)
var endpointHost = empty(botEndpointHost) ? app.properties.configuration.ingress.fqdn : botEndpointHost

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${namePrefix}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

// Azure Cosmos DB for MongoDB (RU-based, serverless: billed per request, suits a bot's light load)
resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: cosmosAccountName
  location: location
  kind: 'MongoDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    apiProperties: {
      serverVersion: '4.2'
    }
    capabilities: [
      {
        name: 'EnableMongo'
      }
      {
        name: 'EnableServerless'
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/mongodbDatabases@2024-05-15' = {
  parent: cosmos
  name: mongoDatabaseName
  properties: {
    resource: {
      id: mongoDatabaseName
    }
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: namePrefix
  location: location
  dependsOn: [
    database
  ]
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 3978
        transport: 'auto'
        allowInsecure: false
      }
      secrets: concat([
        {
          name: 'microsoft-app-password'
          value: botAppPassword
        }
        {
          name: 'mongodb-uri'
          value: cosmos.listConnectionStrings().connectionStrings[0].connectionString
        }
      ], hasRegistry ? [
        {
          name: 'registry-password'
          value: registryPassword
        }
      ] : [])
      registries: hasRegistry ? [
        {
          server: registryServer
          username: registryUsername
          passwordSecretRef: 'registry-password'
        }
      ] : []
    }
    template: {
      containers: [
        {
          name: 'strategy-bot'
          image: containerImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: [
            {
              name: 'PORT'
              value: '3978'
            }
            {
              name: 'MicrosoftAppId'
              value: botAppId
            }
            {
              name: 'MicrosoftAppTenantId'
              value: botAppTenantId
            }
            {
              name: 'MicrosoftAppPassword'
              secretRef: 'microsoft-app-password'
            }
            {
              name: 'MONGODB_URI'
              secretRef: 'mongodb-uri'
            }
            {
              name: 'MONGODB_DATABASE'
              value: mongoDatabaseName
            }
            {
              name: 'STRATEGY_BOT_STRATEGY_DEFAULT_ID'
              value: strategyDefaultId
            }
            {
              name: 'STRATEGY_BOT_ADMINS'
              value: admins
            }
            {
              name: 'STRATEGY_BOT_ZONE'
              value: zone
            }
            {
              // structured (ECS) JSON logs, for Log Analytics
              name: 'SPRING_PROFILES_ACTIVE'
              value: 'json'
            }
            {
              name: 'JAVA_OPTS'
              value: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError'
            }
          ]
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/actuator/health/liveness'
                port: 3978
              }
              initialDelaySeconds: 5
              periodSeconds: 5
              failureThreshold: 10
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/actuator/health/liveness'
                port: 3978
              }
              periodSeconds: 10
              timeoutSeconds: 3
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/actuator/health/readiness'
                port: 3978
              }
              periodSeconds: 10
              timeoutSeconds: 3
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-requests'
            http: {
              metadata: {
                concurrentRequests: '50'
              }
            }
          }
        ]
      }
    }
  }
}

// The Azure Bot: single tenant (new multi-tenant bots cannot be created since 31 July 2025)
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${endpointHost}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botAppTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The messaging endpoint set on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('The host name to build the Teams app package with (BOT_DOMAIN).')
output botDomain string = endpointHost

@description('The Azure Bot resource name.')
output botServiceName string = bot.name

@description('The Teams channel resource.')
output teamsChannelId string = teams.id

@description('The container app name (for az containerapp logs show).')
output containerAppName string = app.name

@description('The Cosmos DB account name.')
output cosmosAccountName string = cosmos.name

@description('Builds the Teams app package for this deployment, from the repository root.')
output teamsPackageCommand string = 'manifest/build.sh ${botAppId} ${endpointHost}'
