// The app's user-assigned managed identity and its role assignments: data roles on the one storage
// account, and AcrPull on the registry. User-assigned rather than system-assigned so that the roles exist
// before the container app is created: its first image pull and the Functions host's first storage call
// already need them.

@description('Azure region.')
param location string

@description('Name of the user-assigned managed identity.')
param name string

@description('Name of the storage account the app uses (host storage, Durable task hub, artifacts, models).')
param storageAccountName string

@description('Name of the container registry to grant AcrPull on; empty when the image comes from elsewhere.')
param registryName string = ''

@description('Blob data role. Storage Blob Data Owner is what the Functions documentation names for identity-based host storage; Storage Blob Data Contributor covers every blob operation the host, Durable and the app perform on an account without a hierarchical namespace (Owner adds only POSIX ACL management).')
@allowed([
  'Storage Blob Data Owner'
  'Storage Blob Data Contributor'
])
param blobRole string = 'Storage Blob Data Owner'

@description('Tags for every resource.')
param tags object = {}

// Built-in role definition ids (the same in every tenant).
var roleIds = {
  'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  'Storage Queue Data Contributor': '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  'Storage Table Data Contributor': '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  AcrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
}

// Why each storage role:
// * blob: the Functions host keeps its keys and host/singleton leases in blobs; Durable's Azure Storage
//   provider takes partition leases in blobs and stores large messages there; the app writes artifacts to
//   `generations` and the model-sync init container reads `models`.
// * queue: Durable's control queues (orchestrations) and work-item queue (activities).
// * table: Durable's History and Instances tables (orchestration state and status queries).
var storageRoles = [
  blobRole
  'Storage Queue Data Contributor'
  'Storage Table Data Contributor'
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in storageRoles: {
    name: guid(storage.id, identity.id, roleIds[role])
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds[role])
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      description: 'Easel Functions app: ${role}'
    }
  }
]

resource registry 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = if (!empty(registryName)) {
  name: empty(registryName) ? 'unused' : registryName
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(registryName)) {
  name: guid(registry.id, identity.id, roleIds.AcrPull)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.AcrPull)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'Easel Functions app: pull the worker image'
  }
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
