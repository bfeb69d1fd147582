// The Container Apps managed environment: workload-profiles type (serverless GPUs need it), with the
// always-present Consumption profile plus one serverless GPU profile that the function app runs on.

@description('Azure region. Serverless GPU profiles exist only in some regions (README: choosing the GPU).')
param location string

@description('Name of the managed environment.')
param name string

@description('Name of the Log Analytics workspace that receives container logs.')
param workspaceName string

@description('Name the GPU workload profile gets inside the environment (the app refers to it).')
param gpuProfileName string

@description('Serverless GPU workload profile type.')
param gpuProfileType string

@description('Tags for every resource.')
param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' existing = {
  name: workspaceName
}

resource environment 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        // The environment's log agent authenticates with the workspace key; it is read here and handed
        // straight to the resource, never to an output or a parameter.
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
      {
        // Serverless GPU profiles are consumption-billed: no minimum/maximum node counts to set.
        name: gpuProfileName
        workloadProfileType: gpuProfileType
      }
    ]
    zoneRedundant: false
  }
}

output id string = environment.id
output name string = environment.name
output defaultDomain string = environment.properties.defaultDomain
