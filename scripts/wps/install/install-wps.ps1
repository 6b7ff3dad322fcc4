# 督办 DUBAN for WPS 表格 on Windows: installs the add-in for the current user and MERGES its
# entry into WPS's publish.xml; the other add-ins listed there stay as they are (a copy of the old
# file is kept as publish.xml.bak). Run through install-wps.cmd, or:
#   powershell -ExecutionPolicy Bypass -File install-wps.ps1                 offline
#   powershell -ExecutionPolicy Bypass -File install-wps.ps1 -Online 地址    online, e.g. http://server/duban/
#   powershell -ExecutionPolicy Bypass -File install-wps.ps1 -Uninstall
# DUBAN_JSADDONS overrides the folder (default %APPDATA%\kingsoft\wps\jsaddons).
param([string]$Online = '', [switch]$Uninstall)
$ErrorActionPreference = 'Stop'

$Name = '@NAME@'
$Version = '@VERSION@'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$jsaddons = if ($env:DUBAN_JSADDONS) { $env:DUBAN_JSADDONS } else { Join-Path $env:APPDATA 'kingsoft\wps\jsaddons' }
$publish = Join-Path $jsaddons 'publish.xml'
New-Item -ItemType Directory -Force -Path $jsaddons | Out-Null

$xml = New-Object System.Xml.XmlDocument
$xml.PreserveWhitespace = $false
if (Test-Path $publish) {
  Copy-Item $publish "$publish.bak" -Force
  try { $xml.Load($publish) } catch { Write-Error "无法识别 $publish，没有改动它。请把它发给管理员。"; exit 1 }
}
if (-not $xml.DocumentElement) {
  $xml.AppendChild($xml.CreateXmlDeclaration('1.0', 'UTF-8', $null)) | Out-Null
  $xml.AppendChild($xml.CreateElement('jsplugins')) | Out-Null
}
$root = $xml.DocumentElement

# This add-in's entries, offline or online, whatever version: removed, every other entry kept.
$ours = @($root.ChildNodes | Where-Object { $_.NodeType -eq 'Element' -and $_.GetAttribute('name') -eq $Name })
foreach ($node in $ours) { $root.RemoveChild($node) | Out-Null }
Get-ChildItem -Path $jsaddons -Directory -Filter "$($Name)_*" | Remove-Item -Recurse -Force

if (-not $Uninstall) {
  if ($Online) {
    if (-not $Online.EndsWith('/')) { $Online = "$Online/" }
    $entry = $xml.CreateElement('jspluginonline')
    $entry.SetAttribute('name', $Name)
    $entry.SetAttribute('type', 'et')
    $entry.SetAttribute('url', $Online)
  } else {
    Copy-Item -Recurse -Force (Join-Path $here "jsaddons\$($Name)_$Version") $jsaddons
    $entry = $xml.CreateElement('jsplugin')
    $entry.SetAttribute('name', $Name)
    $entry.SetAttribute('type', 'et')
    $entry.SetAttribute('url', "$($Name)_$Version")
    $entry.SetAttribute('version', $Version)
  }
  $entry.SetAttribute('enable', 'enable_dev')
  $entry.SetAttribute('install', 'null')
  $entry.SetAttribute('customDomain', '')
  $root.AppendChild($entry) | Out-Null
}

# UTF-8 without a byte-order mark, as WPS writes the file.
$settings = New-Object System.Xml.XmlWriterSettings
$settings.Encoding = New-Object System.Text.UTF8Encoding($false)
$settings.Indent = $true
$writer = [System.Xml.XmlWriter]::Create($publish, $settings)
$xml.Save($writer)
$writer.Close()

if ($Uninstall) {
  Write-Host '已卸载督办 DUBAN。请完全退出 WPS 后重新打开。'
} else {
  Write-Host "已安装督办 DUBAN：$publish"
  Write-Host '请完全退出 WPS（包括右下角托盘里的 WPS 图标）再打开 WPS 表格。'
  Write-Host '首次打开时 WPS 会询问是否信任该加载项：选择信任后，要再重启一次 WPS 表格才会出现「督办」选项卡。'
}
