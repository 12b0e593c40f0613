; Inno Setup script for MentorDesk on Windows (build on a Windows runner, see
; .github/workflows/bundle.yml). Input: dist\mentordesk-VERSION\ from packaging\mentordesk.spec,
; which holds MentorDesk.exe (windowed) and mentordesk-cli.exe (console, for the command line).
;   iscc /DVersion=0.1.0 packaging\windows\mentordesk.iss
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6F1C2A7E-4B7D-4E8A-9C55-2D4B0D7C8E31}
AppName=MentorDesk
AppVersion={#Version}
AppPublisher=MentorDesk
DefaultDirName={autopf}\MentorDesk
DefaultGroupName=MentorDesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=MentorDesk-{#Version}-setup
SetupIconFile=..\icons\mentordesk.ico
UninstallDisplayIcon={app}\MentorDesk.exe
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
ChangesEnvironment=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "Add the mentordesk command to PATH"; Flags: unchecked

[Files]
Source: "..\..\dist\mentordesk-{#Version}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\MentorDesk"; Filename: "{app}\MentorDesk.exe"
Name: "{autodesktop}\MentorDesk"; Filename: "{app}\MentorDesk.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a .mentordesk database opens it in MentorDesk.
Root: HKA; Subkey: "Software\Classes\.mentordesk"; ValueType: string; ValueData: "MentorDesk.Database"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\MentorDesk.Database"; ValueType: string; ValueData: "MentorDesk database"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\MentorDesk.Database\DefaultIcon"; ValueType: string; ValueData: "{app}\MentorDesk.exe,0"
Root: HKA; Subkey: "Software\Classes\MentorDesk.Database\shell\open\command"; ValueType: string; ValueData: """{app}\MentorDesk.exe"" ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\MentorDesk.exe"; Description: "{cm:LaunchProgram,MentorDesk}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Current) then
    Current := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
