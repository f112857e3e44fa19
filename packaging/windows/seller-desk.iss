; Seller Desk installer (Inno Setup 6.3 or newer): per-user, no admin rights, upgrades in place.
; packaging/build.py compiles it after PyInstaller, roughly:
;   iscc /Q /DAppVersion=0.1.0 /DSourceDir=dist\seller-desk /DIconFile=build\icons\app.ico
;        /Odist packaging\windows\seller-desk.iss

#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is needed (x64compatible architecture identifier)
#endif
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build.py reads it from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\seller-desk"
#endif
#define AppName "Seller Desk"
#define AppExe "SellerDesk.exe"

[Setup]
; Never change AppId: Setup finds the installed copy (and its folder) by it to upgrade in place.
AppId={{6B1F3C2E-8A4D-4E57-9C21-3D5E7F0A8B14}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Seller Desk
; Per-user: no UAC prompt; {autopf} and {autoprograms} resolve to the user's own folders.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; PySide6 6.x supports Windows 10 and newer, 64-bit only.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An upgrade while the app runs: close it through the Restart Manager, then restart it.
CloseApplications=yes
RestartApplications=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputBaseFilename=SellerDesk-{#AppVersion}-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.DeleteUserData=Also delete your Seller Desk journal, profiles, settings and logs?%n%nChoose No to keep them: a later install finds them again. API keys stay in Windows Credential Manager under "seller-desk" either way.
german.DeleteUserData=Auch das Seller-Desk-Journal, die Profile, Einstellungen und Protokolle löschen?%n%nMit Nein bleiben sie erhalten und eine spätere Installation findet sie wieder. API-Schlüssel bleiben in jedem Fall in der Windows-Anmeldeinformationsverwaltung unter "seller-desk".

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The bundle is replaced as a whole: files an older version shipped must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteUserData: Boolean;

// Ask only after the user confirmed the uninstall; silent uninstalls always keep the data.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    DeleteUserData := (not UninstallSilent) and
      (MsgBox(CustomMessage('DeleteUserData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES);
  // platformdirs keeps config, journal and logs under %LOCALAPPDATA%\Seller Desk.
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
    DelTree(ExpandConstant('{localappdata}\{#AppName}'), True, True, True);
end;
