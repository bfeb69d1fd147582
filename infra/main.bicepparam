// Parameters of a deployment. First pass: leave containerImage empty; second pass: pass it on the command
// line (az deployment group create ... --parameters containerImage=<loginServer>/easel-functions:<tag>),
// which overrides the value here.
using 'main.bicep'

param baseName = 'easel'
param gpuProfileType = 'Consumption-GPU-NC8as-T4'
param workerCpu = '4'
param workerMemory = '16Gi'
param containerImage = ''
param createRegistry = true
param registrySku = 'Basic'
param minReplicas = 1
param maxReplicas = 3
param generationsRetentionDays = 30
param taskHubName = 'easel'
param executionProvider = 'cuda'
param syncModels = true
param allowedIpRanges = []
param easyAuthClientId = ''
