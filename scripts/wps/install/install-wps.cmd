@echo off
rem DUBAN: installs the WPS add-in for the current user; arguments as install-wps.ps1 takes them.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-wps.ps1" %*
pause
