// The one storage account of the app: the Functions host's own storage (AzureWebJobsStorage), Durable
// Functions' Azure Storage backend (queues, tables, lease blobs of the task hub), the artifacts of every
// generation (container `generations`) and the ONNX models (container `models`). Identity-only access:
// no account keys anywhere.

@description('Azure region.')
param location string

@description('Storage account name (3-24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Days after which blobs under generations/ are deleted by the lifecycle policy.')
@minValue(1)
param generationsRetentionDays int

@description('Storage SKU. LRS is enough: artifacts are reproducible and expire anyway.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param skuName string = 'Standard_LRS'

@description('Tags for every resource.')
param tags object = {}

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    // The Functions host, Durable's Azure Storage provider and the app all authenticate with the
    // user-assigned managed identity (AzureWebJobsStorage__credential = managedidentity), so shared keys
    // (account keys and SAS signed with them) are switched off.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // Reached over the public endpoint (the environment has no virtual network); every request still needs
    // an Entra ID token with a data role on this account.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource generations 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'generations'
  properties: {
    publicAccess: 'None'
  }
}

resource models 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'models'
  properties: {
    publicAccess: 'None'
  }
}

// Generated images are not kept forever: blobs under generations/ are deleted N days after their last
// write. Revisions rewrite nothing older, so an instance's files go together, oldest revision first.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-generations'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${generations.name}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: generationsRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output generationsContainer string = generations.name
output modelsContainer string = models.name
