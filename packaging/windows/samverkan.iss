; Inno Setup script of the Samverkan installer for Windows (Inno Setup 6.3 or newer).
;
; Per-user by default: no administrator rights needed.  An administrator gets a dialog to
; install for all users instead (PrivilegesRequiredOverridesAllowed=dialog); {autopf},
; {autoprograms} and the HKA registry root then switch to Program Files, the common Start
; menu and HKLM by themselves.
;
; Build (see packaging/README.md): first the PyInstaller bundle, then
;   iscc /DAppVersion=0.1.0 packaging\windows\samverkan.iss
; or simply: python packaging\build.py --zip --installer
;
; Defines that can be given on the command line (/DName=Value):
;   AppVersion   the version shown and used in the file name (default: read from samverkan.exe)
;   BundleDir    the PyInstaller onedir folder (default: ..\..\dist\samverkan)
;   OutputDir    where Samverkan-<version>-setup.exe goes (default: ..\..\dist)
;   SwedishIsl   the Swedish messages file (default: see below)

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\samverkan"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#if !FileExists(AddBackslash(BundleDir) + "samverkan.exe")
  #error The bundle is missing: build it first with "python packaging\build.py" (see packaging\README.md).
#endif
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(AddBackslash(BundleDir) + "samverkan.exe")
#endif

; Swedish is not among the translations that ship with Inno Setup; it is one of the
; user-contributed ones on the Inno Setup translations page.  packaging/README.md says
; where to put it.  Either location works:
#ifndef SwedishIsl
  #if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
    #define SwedishIsl "compiler:Languages\Swedish.isl"
  #elif FileExists(AddBackslash(SourcePath) + "Swedish.isl")
    #define SwedishIsl AddBackslash(SourcePath) + "Swedish.isl"
  #else
    #error Swedish.isl not found: put it in packaging\windows\ or in Inno Setup's Languages folder (packaging\README.md).
  #endif
#endif

#define AppName "Samverkan"
#define AppExe "samverkan.exe"
#define ProgId "Samverkan.Assessment"
#define DocIcon "_internal\samverkan_gui\resources\icons\samverkan-document.ico"

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{6C7B2E4A-3F1D-4C8E-9A55-2B7D1E0F9A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Samverkan developers
AppCopyright=MIT licence
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
; Per-user install without administrator rights; admins may choose all users in a dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
; 64-bit only, as the PySide6 wheels the bundle is built from; Qt 6 needs Windows 10.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Explorer refreshes icons after the .samverkan association changes.
ChangesAssociations=yes
SetupIconFile={#BundleDir}\_internal\samverkan_gui\resources\icons\samverkan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile={#BundleDir}\_internal\LICENSE
WizardStyle=modern
ShowLanguageDialog=auto
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=Samverkan-{#AppVersion}-setup
; Close a running Samverkan before files are replaced (Restart Manager).
CloseApplications=yes

[Languages]
; Swedish first: it is the fallback when Windows' language is neither.
Name: "sv"; MessagesFile: "{#SwedishIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
sv.AppComment=Testa din samverkan! – självskattning av samverkan
en.AppComment=Test your collaboration! – self-assessment of collaboration
sv.FileTypeName=Samverkan-självskattning
en.FileTypeName=Samverkan self-assessment
sv.AssocTask=Öppna .samverkan-filer med Samverkan
en.AssocTask=Open .samverkan files with Samverkan
sv.IconsGroup=Genvägar och filtyper:
en.IconsGroup=Shortcuts and file types:

[Tasks]
Name: "association"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:IconsGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:IconsGroup}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir folder: samverkan.exe, samverkan-cli.exe and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; The .samverkan file type, with its own document icon.  HKA is HKCU for a per-user install
; and HKLM for an all-users install.  The uninstaller removes exactly these entries.
Root: HKA; Subkey: "Software\Classes\.samverkan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.samverkan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-samverkan"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.samverkan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#DocIcon}"",0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".samverkan"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what Setup installed
; (the program folder's files, the shortcuts and the registry entries above).  The user's
; .samverkan files, PDFs, settings and autosaves (in the user profile) are left alone.
