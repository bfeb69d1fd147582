// Easel on Azure: the Durable Functions app (isolated worker) hosted on Azure Container Apps with a
// serverless GPU workload profile, its storage (host + Durable task hub + artifacts + models), monitoring,
// registry and managed identity. README.md beside this file has the deployment steps.
//
// Deploy in two passes (README): first without `containerImage` (everything but the app), then push the
// image to the registry this creates and deploy again with `containerImage` set.

targetScope = 'resourceGroup'

@description('Short lower-case name every resource name starts with.')
@minLength(2)
@maxLength(10)
param baseName string = 'easel'

@description('Azure region of every resource; it must offer the chosen serverless GPU profile.')
param location string = resourceGroup().location

@description('Serverless GPU workload profile type of the Container Apps environment.')
@allowed([
  'Consumption-GPU-NC8as-T4'
  'Consumption-GPU-NC24-A100'
])
param gpuProfileType string = 'Consumption-GPU-NC8as-T4'

@description('vCPUs of the worker container. The profile allows at most 8 (NC8as-T4) or 24 (NC24-A100) per replica, the model-sync init container\'s 0.5 included. They are billed every second a replica runs.')
param workerCpu string = '4'

@description('Memory of the worker container (at most 56Gi on NC8as-T4, 220Gi on NC24-A100).')
param workerMemory string = '16Gi'

@description('Image of the Functions app. Empty: create everything except the app (first pass). An image in this template\'s registry is pulled with the managed identity; any other reference must be publicly pullable.')
param containerImage string = ''

@description('Create an Azure Container Registry for the image (false: containerImage points elsewhere).')
param createRegistry bool = true

@description('Registry SKU (Premium enables artifact streaming for faster GPU cold starts).')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param registrySku string = 'Basic'

@description('Replicas kept warm. Durable Functions with the Azure Storage backend needs at least one.')
@minValue(1)
param minReplicas int = 1

@description('Most replicas; each holds one whole GPU.')
@minValue(1)
@maxValue(300)
param maxReplicas int = 3

@description('Days generated images are kept (lifecycle rule on generations/).')
@minValue(1)
param generationsRetentionDays int = 30

@description('Durable task hub name (matches host.json).')
param taskHubName string = 'easel'

@description('ONNX Runtime execution provider: cuda on the GPU profile (the app falls back to CPU with a warning when CUDA cannot start).')
@allowed([
  'cuda'
  'cpu'
])
param executionProvider string = 'cuda'

@description('Mirror the models container to local disk in an init container before the worker starts.')
param syncModels bool = true

@description('Blob data role of the identity (see modules/identity.bicep).')
@allowed([
  'Storage Blob Data Owner'
  'Storage Blob Data Contributor'
])
param blobRole string = 'Storage Blob Data Owner'

@description('CIDR ranges allowed to reach the app; empty allows everyone (the API is anonymous).')
param allowedIpRanges array = []

@description('Production authentication: client id of an Entra ID app registration for Easy Auth; empty = function keys only.')
param easyAuthClientId string = ''

@description('Tags for every resource.')
param tags object = {
  app: 'easel'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var names = {
  storage: take('st${baseName}${suffix}', 24)
  registry: take('cr${baseName}${suffix}', 50)
  workspace: 'log-${baseName}-${suffix}'
  appInsights: 'appi-${baseName}-${suffix}'
  identity: 'id-${baseName}-${suffix}'
  environment: 'cae-${baseName}-${suffix}'
  app: take('func-${baseName}-${suffix}', 32)
}
var gpuProfileName = 'gpu'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: names.storage
    generationsRetentionDays: generationsRetentionDays
    tags: tags
  }
}

module registry 'modules/registry.bicep' = if (createRegistry) {
  name: 'registry'
  params: {
    location: location
    name: names.registry
    skuName: registrySku
    tags: tags
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: names.identity
    storageAccountName: storage.outputs.name
    registryName: createRegistry ? names.registry : ''
    blobRole: blobRole
    tags: tags
  }
  dependsOn: [
    registry
  ]
}

module environment 'modules/environment.bicep' = {
  name: 'environment'
  params: {
    location: location
    name: names.environment
    workspaceName: monitoring.outputs.workspaceName
    gpuProfileName: gpuProfileName
    gpuProfileType: gpuProfileType
    tags: tags
  }
}

var registryServer = createRegistry ? registry!.outputs.loginServer : ''

// Uses the identity module's outputs, so it starts only after that module (role assignments included) is
// done: the first image pull and the host's first storage call already need the roles.
module app 'modules/functionapp.bicep' = if (!empty(containerImage)) {
  name: 'functionapp'
  params: {
    location: location
    name: names.app
    environmentId: environment.outputs.id
    workloadProfileName: gpuProfileName
    image: containerImage
    registryServer: !empty(registryServer) && startsWith(containerImage, '${registryServer}/') ? registryServer : ''
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    generationsContainer: storage.outputs.generationsContainer
    modelsContainer: storage.outputs.modelsContainer
    appInsightsName: monitoring.outputs.appInsightsName
    taskHubName: taskHubName
    executionProvider: executionProvider
    cpu: workerCpu
    memory: workerMemory
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    syncModels: syncModels
    allowedIpRanges: allowedIpRanges
    easyAuthClientId: easyAuthClientId
    tags: tags
  }
}

@description('Base URL of the app; the API is under /api/generations. Empty on the first pass.')
output appUrl string = empty(containerImage) ? '' : app!.outputs.url

@description('Host name of the app. Empty on the first pass.')
output appFqdn string = empty(containerImage) ? '' : app!.outputs.fqdn

@description('Name of the container app (for az containerapp commands). Empty on the first pass.')
output appName string = empty(containerImage) ? '' : app!.outputs.name

@description('Login server to push the image to (empty without a registry).')
output registryLoginServer string = registryServer

@description('Registry name (for az acr build).')
output registryName string = createRegistry ? registry!.outputs.name : ''

@description('Storage account name (upload models with az storage blob upload-batch --auth-mode login).')
output storageAccountName string = storage.outputs.name

@description('Client id of the app\'s managed identity.')
output identityClientId string = identity.outputs.clientId
