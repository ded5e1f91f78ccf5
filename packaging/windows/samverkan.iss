; Inno Setup script of the Samverkan installer for Windows (Inno Setup 6.4 or newer: its own
; Languages\Swedish.isl is official since 6.4.0).
;
; Per-user by default: no administrator rights needed.  An administrator gets a dialog to
; install for all users instead (PrivilegesRequiredOverridesAllowed=dialog); {autopf},
; {autoprograms} and the HKA registry root then switch to Program Files, the common Start
; menu and HKLM by themselves.
;
; Build (see packaging/README.md): first the PyInstaller bundle, then
;   iscc /DAppVersion=0.3.0 packaging\windows\samverkan.iss
; or simply: python packaging\build.py --zip --installer
;
; Defines that can be given on the command line (/DName=Value):
;   AppVersion   the version, three parts (default: read from samverkan.exe's version resource;
;                when given it must equal that version, so the file name always tells the truth)
;   BundleDir    the PyInstaller onedir folder (default: ..\..\dist\samverkan)
;   OutputDir    where Samverkan-<version>-setup.exe goes (default: ..\..\dist)

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\samverkan"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#if !FileExists(AddBackslash(BundleDir) + "samverkan.exe")
  #error The bundle is missing: build it first with "python packaging\build.py" (see packaging\README.md).
#endif
#if Ver < EncodeVer(6, 4, 0)
  #error Inno Setup 6.4 or newer is needed (it ships the Swedish messages, Languages\Swedish.isl).
#endif

; The version has three parts (major.minor.patch), as samverkan_gui.__version__: the exe's
; version resource has four (0.1.0.0), and the fourth never goes into a name.
#define VerMajor
#define VerMinor
#define VerPatch
#define VerBuild
#expr GetVersionComponents(AddBackslash(BundleDir) + "samverkan.exe", VerMajor, VerMinor, VerPatch, VerBuild)
#define BundleVersion Str(VerMajor) + "." + Str(VerMinor) + "." + Str(VerPatch)
#ifdef AppVersion
  #if AppVersion != BundleVersion
    #error AppVersion does not match the bundle's samverkan.exe (give major.minor.patch of the same build).
  #endif
#else
  #define AppVersion BundleVersion
#endif

#define AppName "Samverkan"
#define AppExe "samverkan.exe"
#define ProgId "Samverkan.Assessment"
#define DocIcon "_internal\samverkan_gui\resources\icons\samverkan-document.ico"
#define GroupProgId "Samverkan.Group"
#define GroupIcon "_internal\samverkan_gui\resources\icons\samverkan-group.ico"

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
; {autopf}: %LOCALAPPDATA%\Programs per user, Program Files for all users (see DefaultAppDir).
DefaultDirName={code:DefaultAppDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
; 64-bit only, as the PySide6 wheels the bundle is built from.  Qt 6 needs Windows 10 1809
; (build 17763) or newer, with the system ICU its Qt6Core.dll links to; older Windows gets
; Setup's own clear "needs Windows version 10.0.17763 or later" message instead of a broken app.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
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
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
sv.AppComment=Testa din samverkan! – självskattning av samverkan
en.AppComment=Test your collaboration! – self-assessment of collaboration
sv.FileTypeName=Samverkan-självskattning
en.FileTypeName=Samverkan self-assessment
sv.GroupFileTypeName=Samverkan-gruppfil
en.GroupFileTypeName=Samverkan group file
sv.AssocTask=Öppna .samverkan- och .samverkan-grupp-filer med Samverkan
en.AssocTask=Open .samverkan and .samverkan-grupp files with Samverkan
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
; Two file types, each with its own ProgId and document icon: .samverkan (one assessment) and
; .samverkan-grupp (a workshop's group file).  HKA is HKCU for a per-user install and HKLM for
; an all-users install.  The uninstaller removes exactly these entries: uninsdeletevalue takes
; our values out of the extension keys (another program may have its own "Open with" entry
; there), and uninsdeletekeyifempty then removes each key that is left empty.
Root: HKA; Subkey: "Software\Classes\.samverkan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: association
Root: HKA; Subkey: "Software\Classes\.samverkan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-samverkan"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: association
Root: HKA; Subkey: "Software\Classes\.samverkan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#DocIcon}"",0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\.samverkan-grupp"; ValueType: string; ValueName: ""; ValueData: "{#GroupProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: association
Root: HKA; Subkey: "Software\Classes\.samverkan-grupp"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-samverkan-group"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: association
Root: HKA; Subkey: "Software\Classes\.samverkan-grupp\OpenWithProgids"; ValueType: string; ValueName: "{#GroupProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#GroupProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:GroupFileTypeName}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#GroupProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GroupIcon}"",0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#GroupProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".samverkan"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".samverkan-grupp"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what Setup installed
; (the program folder's files, the shortcuts and the registry entries above).  The user's
; .samverkan files, PDFs, settings and autosaves (in the user profile) are left alone.

[Code]
// The default folder is {autopf}\Samverkan: for a per-user install that is Windows' per-user
// Programs folder (FOLDERID_UserProgramFiles, %LOCALAPPDATA%\Programs), for an all-users one
// Program Files.  Where Windows cannot resolve the per-user known folder (a damaged profile;
// Wine 8.0 does not know it at all: "Failed to expand shell folder constant autopf") Setup
// would stop with an internal error; it then uses the folder's documented place instead.
function DefaultAppDir(Param: String): String;
begin
  try
    Result := ExpandConstant('{autopf}');
  except
    Log('{autopf} cannot be resolved here: ' + GetExceptionMessage);
    if IsAdminInstallMode then
      RaiseException(GetExceptionMessage);
    Result := AddBackslash(GetEnv('LOCALAPPDATA')) + 'Programs';
  end;
  Result := AddBackslash(Result) + '{#AppName}';
end;
