; Inno Setup 6 script for Köpingplan (Windows x64). See packaging/README.md, "Windows".
;
; Compile AFTER `py -3.11 packaging\build_bundle.py` has built dist\kopingplan\ and its
; self-test has passed (and after signing the programs, if you sign):
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\kopingplan.iss
;
; Output: dist\installer\Kopingplan-<version>-setup.exe. The version is read from
; kopingplan.exe's version resource, which the PyInstaller recipe writes from
; kopingplan.__version__: there is no version number in this file.
;
; The file is UTF-8 with a byte order mark (Inno Setup reads it so); keep it that way.
; Needs Inno Setup 6.3 or newer (x64compatible). Swedish installer texts are used when
; Languages\Swedish.isl is present in the Inno Setup folder (it is an unofficial translation:
; download it from the Inno Setup translations page and copy it there); otherwise the
; installer speaks English. The program itself is Swedish either way.

#define AppName "Köpingplan"
#define AppExeName "kopingplan.exe"
#define CliExeName "kopingplan-cli.exe"
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\kopingplan"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist\installer"
#endif
#define IconFile AddBackslash(SourcePath) + "..\..\build\icons\kopingplan.ico"

#if !FileExists(BundleDir + "\" + AppExeName)
  #error "dist\kopingplan\kopingplan.exe is missing: run packaging\build_bundle.py first"
#endif
#define AppVersion GetStringFileInfo(BundleDir + "\" + AppExeName, "ProductVersion")
#if AppVersion == ""
  #error "kopingplan.exe has no ProductVersion: was it built with packaging\pyinstaller\kopingplan.spec?"
#endif

[Setup]
; AppId identifies the program for upgrades and uninstallation: never change it.
AppId={{7A8A2D59-3219-4A9B-9123-B05CBFEE4CD6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Köpingplan developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installationsprogram
DefaultDirName={autopf}\Kopingplan
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installed by IT for every user of the computer, into Program Files (read-only for users:
; the program cannot be altered by the account that runs it). "/CURRENTUSER" on the command
; line installs for one user without administrator rights instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
LicenseFile=..\..\LICENSE
OutputDir={#OutputDir}
OutputBaseFilename=Kopingplan-{#AppVersion}-setup
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Köpingplan holds its files open; the installer asks to close it.
CloseApplications=yes
RestartApplications=no
; Code signing (optional): define a sign tool named "kopingplan" in the Inno Setup IDE
; (Tools > Configure Sign Tools) or with ISCC /S"kopingplan=signtool sign /fd SHA256 ... $f",
; then uncomment the next line. The installer and the uninstaller are then signed.
;SignTool=kopingplan

[Languages]
#if FileExists(CompilerPath + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: the two programs, _internal\ (Python, Qt, SQLCipher, ...),
; LICENSE.txt and licenses\. Replacing an older version removes its files first (below), so
; no library of an earlier Qt is left beside the new one.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\licenses"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} – licenser"; Filename: "{app}\licenses"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Only the program folder. The coordinator's vault (%LOCALAPPDATA%\Kopingplan) and settings
; (HKCU\Software\Kopingplan) are never removed by an uninstall: see packaging\README.md.
Type: dirifempty; Name: "{app}"

[Code]
// The installation is checked before it is used: after copying, the self-test runs hidden
// (it creates, fills, searches and checks a temporary vault, signs a brief, exports and
// imports a package, and removes everything again) and a failure is reported.
// "/NOSELFTEST" on the command line skips it (e.g. for an image being prepared).
function SelfTestWanted: Boolean;
begin
  Result := Pos('/NOSELFTEST', Uppercase(GetCmdTail)) = 0;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Code: Integer;
begin
  if (CurStep = ssPostInstall) and SelfTestWanted then
  begin
    if not Exec(ExpandConstant('{app}\{#CliExeName}'), '--self-test', ExpandConstant('{app}'),
      SW_HIDE, ewWaitUntilTerminated, Code) or (Code <> 0) then
      SuppressibleMsgBox(
        'Köpingplans självtest misslyckades (kod ' + IntToStr(Code) + '). Kör "' +
        ExpandConstant('{app}\{#CliExeName}') + ' --self-test" i en kommandotolk för ' +
        'detaljer, och använd inte programmet förrän det går igenom.',
        mbError, MB_OK, IDOK);
  end;
end;
