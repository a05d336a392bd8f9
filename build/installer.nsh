; Rep Console's additions to electron-builder's NSIS installer (nsis.include in electron-builder.yml).
;
; Uninstall: every user's member cache and durable store go when IT's policy says so: the ADMX
; setting uninstall.removeUserData, i.e. HKLM\Software\Policies\RepConsole\Uninstall, value
; RemoveUserData = DWORD 1 (main/policy/list-settings.ts names it; a test checks this file against it).
; Never on an update: electron-builder runs the old version's uninstaller then too (${isUpdated}).
; The console is installed per machine, so the uninstaller runs elevated, often as an administrator
; who is not a rep: it cleans every profile in ProfileList (each account that signed in to this PC),
; in <profile>\AppData\Roaming\Rep Console (Electron's userData; the logs folder is inside it).
; Exactly the files in main/uninstall/user-data-files.ts go (a test fails when this list drifts);
; other files stay and an emptied folder goes. A junction or link is never entered. Roaming profiles
; redirected to a server, and the MSI (which has no such hook), are not covered: there IT runs
; `"Rep Console.exe" --remove-user-data` as each user before removing the console (docs/admin).

; RC_LINK_RESULT = 0 unless RC_LINK_PATH is a junction or symbolic link (FILE_ATTRIBUTE_REPARSE_POINT, 0x400).
!macro repConsoleIsLink RC_LINK_PATH RC_LINK_RESULT
  System::Call 'kernel32::GetFileAttributesW(w "${RC_LINK_PATH}") i .s'
  Pop ${RC_LINK_RESULT}
  ${If} ${RC_LINK_RESULT} = -1
    StrCpy ${RC_LINK_RESULT} 0
  ${Else}
    IntOp ${RC_LINK_RESULT} ${RC_LINK_RESULT} & 0x400
  ${EndIf}
!macroend

; Deletes RC_IN\RC_FOLDER\RC_NAME (files only; RC_NAME may end in *), then the folder if it is empty.
!macro repConsoleRemove RC_IN RC_FOLDER RC_NAME
  !insertmacro repConsoleIsLink "${RC_IN}\${RC_FOLDER}" $R4
  ${If} $R4 = 0
    Delete "${RC_IN}\${RC_FOLDER}\${RC_NAME}"
    RMDir "${RC_IN}\${RC_FOLDER}"
  ${EndIf}
!macroend

; One profile's Rep Console folder.
!macro repConsoleRemoveUserData RC_DATA
  !insertmacro repConsoleIsLink "${RC_DATA}" $R4
  ${If} ${FileExists} "${RC_DATA}\*.*"
  ${AndIf} $R4 = 0
    !insertmacro repConsoleRemove "${RC_DATA}" "cache" "member-cache.sqlite*"
    !insertmacro repConsoleRemove "${RC_DATA}" "cache" "cache.key*"
    !insertmacro repConsoleRemove "${RC_DATA}" "store" "console-store.sqlite*"
    !insertmacro repConsoleRemove "${RC_DATA}" "store" "store.key*"
    !insertmacro repConsoleRemove "${RC_DATA}" "softphone" "pairing.bin*"
    !insertmacro repConsoleRemove "${RC_DATA}" "session" "sign-in.bin*"
    !insertmacro repConsoleRemove "${RC_DATA}" "session" "idle-lock.bin*"
    !insertmacro repConsoleRemove "${RC_DATA}" "logs" "rep-console.*"
    !insertmacro repConsoleRemove "${RC_DATA}" "diagnostics" "rep-console-diagnostics-*"
    RMDir "${RC_DATA}"
    DetailPrint "Removed the Rep Console member cache and durable store in ${RC_DATA}"
  ${EndIf}
!macroend

!macro customUnInstall
  ${ifNot} ${isUpdated}
    Push $R0
    Push $R1
    Push $R2
    Push $R3
    Push $R4
    ClearErrors
    ReadRegDWORD $R0 HKLM "Software\Policies\RepConsole\Uninstall" "RemoveUserData"
    ${IfNot} ${Errors}
    ${AndIf} $R0 = 1
      StrCpy $R1 0
      ${Do}
        EnumRegKey $R2 HKLM "SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList" $R1
        ${If} $R2 == ""
          ${ExitDo}
        ${EndIf}
        ReadRegExpandStr $R3 HKLM "SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList\$R2" "ProfileImagePath"
        ExpandEnvStrings $R3 $R3
        ${If} $R3 != ""
          !insertmacro repConsoleRemoveUserData "$R3\AppData\Roaming\Rep Console"
        ${EndIf}
        IntOp $R1 $R1 + 1
      ${Loop}
    ${EndIf}
    ClearErrors
    Pop $R4
    Pop $R3
    Pop $R2
    Pop $R1
    Pop $R0
  ${endIf}
!macroend
