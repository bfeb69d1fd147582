// The Easel Functions app on Azure Container Apps: a `Microsoft.App/containerApps` resource with
// `kind: 'functionapp'` (Azure Functions' native hosting on Container Apps; the older model, a
// `Microsoft.Web/sites` resource with `managedEnvironmentId`, is superseded by it in Microsoft's
// documentation). It runs the worker image on the serverless GPU workload profile.

@description('Azure region.')
param location string

@description('Name of the container app (2-32 lower-case letters, digits and hyphens).')
@minLength(2)
@maxLength(32)
param name string

@description('Resource id of the managed environment.')
param environmentId string

@description('Workload profile (inside the environment) the app runs on: the GPU profile.')
param workloadProfileName string

@description('Full image reference, for example <registry>.azurecr.io/easel-functions:1.0.0.')
param image string

@description('Login server of the registry to pull from with the managed identity; empty for a public image.')
param registryServer string = ''

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Storage account for AzureWebJobsStorage, Durable and artifacts.')
param storageAccountName string

@description('Blob endpoint of that account.')
param blobEndpoint string

@description('Container of the generations artifacts.')
param generationsContainer string

@description('Container of the ONNX models and models.json.')
param modelsContainer string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Durable task hub name (the host.json hubName, set again here so the queue scale rule knows the queue).')
param taskHubName string

@description('ONNX Runtime execution provider the pipeline asks for.')
@allowed([
  'cuda'
  'cpu'
])
param executionProvider string = 'cuda'

@description('vCPUs of the worker container (at most the GPU profile\'s: 8 on NC8as-T4, 24 on NC24-A100).')
param cpu string

@description('Memory of the worker container, for example 28Gi (at most the GPU profile\'s).')
param memory string

@description('Replicas kept running at all times: at least 1, because Durable Functions on the Azure Storage backend is not scaled from zero by Container Apps.')
@minValue(1)
param minReplicas int = 1

@description('Most replicas (each one holds a whole GPU).')
@minValue(1)
@maxValue(300)
param maxReplicas int

@description('Activity work items waiting per replica before another replica is added.')
@minValue(1)
param workItemsPerReplica int = 8

@description('Copy the models container to local disk before the worker starts (init container).')
param syncModels bool = true

@description('Image of the model-sync init container (Azure CLI).')
param modelSyncImage string = 'mcr.microsoft.com/azure-cli:2.77.0'

@description('CIDR ranges allowed to call the app; empty allows everyone.')
param allowedIpRanges array = []

@description('Client id of an Entra ID app registration for Easy Auth (built-in authentication); empty leaves it off, and callers are identified by their function keys only.')
param easyAuthClientId string = ''

@description('Tenant of the Easy Auth app registration.')
param easyAuthTenantId string = subscription().tenantId

@description('Tags for every resource.')
param tags object = {}

var modelsMountPath = '/mnt/models'
var appPort = 8080

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

var settings = [
  // Host storage through the managed identity: no connection string, no key.
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storageAccountName
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'AzureWebJobsStorage__clientId'
    value: identityClientId
  }
  {
    name: 'FUNCTIONS_WORKER_RUNTIME'
    value: 'dotnet-isolated'
  }
  {
    name: 'AzureFunctionsJobHost__extensions__durableTask__hubName'
    value: taskHubName
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    secretRef: 'appinsights-connection-string'
  }
  // DefaultAzureCredential in the app (artifact store) picks this identity.
  {
    name: 'AZURE_CLIENT_ID'
    value: identityClientId
  }
  // Artifacts in blob storage through the managed identity (src/Functions/Program.cs reads these).
  {
    name: 'Easel__ArtifactsAccountUrl'
    value: blobEndpoint
  }
  {
    name: 'Easel__ArtifactsContainer'
    value: generationsContainer
  }
  // Models: the init container copies the models container here; models.json names the files and their
  // sha256, which the pipeline checks on load.
  {
    name: 'Easel__ModelsPath'
    value: modelsMountPath
  }
  {
    name: 'Easel__ExecutionProvider'
    value: executionProvider
  }
  // With Easy Auth in front, the signed-in principal owns the generations it starts (src/Functions/FunctionsCaller.cs).
  {
    name: 'Easel__Auth'
    value: empty(easyAuthClientId) ? 'FunctionKeys' : 'EasyAuth'
  }
]

var modelSync = [
  {
    name: 'model-sync'
    image: modelSyncImage
    command: [
      '/bin/sh'
      '-c'
    ]
    // Signs in as the user-assigned identity and mirrors the models container; an empty container leaves an
    // empty folder and the pipeline keeps its built-in defaults.
    args: [
      'az login --identity --client-id "$AZURE_CLIENT_ID" --allow-no-subscriptions --output none && az storage blob download-batch --auth-mode login --account-name "$STORAGE_ACCOUNT" --source "$MODELS_CONTAINER" --destination "${modelsMountPath}" --overwrite --no-progress --output none && ls -la "${modelsMountPath}"'
    ]
    env: [
      {
        name: 'AZURE_CLIENT_ID'
        value: identityClientId
      }
      {
        name: 'STORAGE_ACCOUNT'
        value: storageAccountName
      }
      {
        name: 'MODELS_CONTAINER'
        value: modelsContainer
      }
    ]
    resources: {
      cpu: json('0.5')
      memory: '1Gi'
    }
    volumeMounts: [
      {
        volumeName: 'models'
        mountPath: modelsMountPath
      }
    ]
  }
]

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: workloadProfileName
    configuration: {
      // One revision at a time: Durable's task hub must not be shared by two live revisions.
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: appPort
        transport: 'auto'
        allowInsecure: false
        traffic: [
          {
            latestRevision: true
            weight: 100
          }
        ]
        ipSecurityRestrictions: [
          for (range, i) in allowedIpRanges: {
            name: 'allow-${i}'
            action: 'Allow'
            ipAddressRange: range
          }
        ]
      }
      registries: empty(registryServer)
        ? []
        : [
            {
              server: registryServer
              identity: identityId
            }
          ]
      secrets: [
        {
          name: 'appinsights-connection-string'
          value: appInsights.properties.ConnectionString
        }
      ]
    }
    template: {
      initContainers: syncModels ? modelSync : []
      containers: [
        {
          // The first container of the app gets the GPU.
          name: 'functions'
          image: image
          env: settings
          resources: {
            cpu: json(cpu)
            memory: memory
          }
          volumeMounts: [
            {
              volumeName: 'models'
              mountPath: modelsMountPath
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'models'
          storageType: 'EmptyDir'
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          // Container Apps scales Durable Functions itself only for the MSSQL and Durable Task Scheduler
          // backends; with Azure Storage, this rule adds replicas when activity work items pile up in the
          // task hub's work-item queue (read with the managed identity).
          {
            name: 'durable-work-items'
            azureQueue: {
              accountName: storageAccountName
              queueName: '${toLower(taskHubName)}-workitems'
              queueLength: workItemsPerReplica
              identity: identityId
            }
          }
        ]
      }
    }
  }
}

// Easy Auth (Entra ID): every request but the page needs a signed-in principal; the function keys still apply on top.
resource auth 'Microsoft.App/containerApps/authConfigs@2025-07-01' = if (!empty(easyAuthClientId)) {
  parent: app
  name: 'current'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      unauthenticatedClientAction: 'Return401'
      excludedPaths: [
        '/'
        '/index.html'
        '/app.js'
        '/app.css'
      ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: easyAuthClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${easyAuthTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${easyAuthClientId}'
          ]
        }
      }
    }
  }
}

output name string = app.name
output fqdn string = app.properties.configuration.ingress.fqdn
output url string = 'https://${app.properties.configuration.ingress.fqdn}'
