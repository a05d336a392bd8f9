#!/bin/bash
# Removes Rep Console from a Mac: the app and its package receipt, and, when IT's managed policy says
# so, every user's member cache, durable store, keys, softphone token, remembered sign-in and logs (a shared workstation
# must not keep PHI after the console is removed). macOS has no uninstall hook, so this ships inside
# the app (electron-builder.yml mac.extraResources); IT runs it as root, e.g. from a Jamf policy:
#   sudo "/Applications/Rep Console.app/Contents/Resources/uninstall-rep-console.sh"
# --keep-app: only the data (when policy says so); the app stays.
#
# The policy is uninstall.removeUserData, i.e. the key UninstallRemoveUserData in the managed
# preferences of com.repconsole.desktop (/Library/Managed Preferences/com.repconsole.desktop.plist,
# what the .mobileconfig profile writes; main/policy/list-settings.ts). What goes is exactly
# main/uninstall/user-data-files.ts (a test fails when this list drifts), in each
# /Users/<name>/Library/Application Support/Rep Console and /Users/<name>/Library/Logs/Rep Console.
# Other files stay; an emptied folder goes; a symbolic link is never followed.
# REP_CONSOLE_ROOT prefixes every path and REP_CONSOLE_PLISTBUDDY replaces PlistBuddy, for tests only.

rep_console_root="$REP_CONSOLE_ROOT"
plistbuddy="${REP_CONSOLE_PLISTBUDDY:-/usr/libexec/PlistBuddy}"
policy="$rep_console_root/Library/Managed Preferences/com.repconsole.desktop.plist"
keep_app=no
[ "$1" = --keep-app ] && keep_app=yes

# Deletes the console's files in one folder ($1) matching the patterns after it, as whoever runs it.
rep_console_remove_one='
cd / || exit 0
dir=$1; shift
for pattern in "$@"; do
  sub=$dir/${pattern%/*}
  if [ -L "$sub" ] || { [ -e "$sub" ] && [ ! -d "$sub" ]; }; then echo "rep-console: $sub is not a folder of ours; nothing removed through it"; continue; fi
  [ -d "$sub" ] || continue
  for file in "$sub"/${pattern##*/}; do
    # rm on a link removes the link, never its target; a folder by one of our names is not ours.
    if [ -L "$file" ] || [ -f "$file" ]; then rm -f -- "$file"; fi
  done
done
for pattern in "$@"; do rmdir -- "$dir/${pattern%/*}" 2>/dev/null; done
rmdir -- "$dir" 2>/dev/null
exit 0
'

# Runs the removal as the folder's owner when root can become them, so a planted link reaches only their own files.
rep_console_clean() {
  local folder=$1 as=
  shift
  [ -d "$folder" ] || return 0
  if [ -L "$folder" ]; then echo "rep-console: $folder is a symbolic link; left alone"; return 0; fi
  local owner
  owner=$(ls -ldn -- "$folder" | awk '{ print $3 }')
  if [ "$(id -u)" = 0 ] && [ "$owner" != 0 ] && [ -x /usr/bin/sudo ]; then as="/usr/bin/sudo -n -u #$owner"; fi
  $as /bin/sh -c "$rep_console_remove_one" rep-console-remove "$folder" "$@"
}

answer=$("$plistbuddy" -c 'Print :UninstallRemoveUserData' "$policy" 2>/dev/null)
if [ "$answer" = true ]; then
  for home in "$rep_console_root"/Users/*; do
    [ -d "$home" ] || continue
    data="$home/Library/Application Support/Rep Console"
    [ -d "$data" ] || [ -d "$home/Library/Logs/Rep Console" ] || continue
    rep_console_clean "$data" \
      'cache/member-cache.sqlite*' 'cache/cache.key*' 'store/console-store.sqlite*' 'store/store.key*' \
      'softphone/pairing.bin*' 'session/sign-in.bin*' 'session/idle-lock.bin*' 'logs/rep-console.*' 'diagnostics/rep-console-diagnostics-*'
    rep_console_clean "$home/Library/Logs/Rep Console" './rep-console.*'
    echo "rep-console: removed the member cache and durable store for $home"
  done
else
  echo "rep-console: policy does not ask to remove user data (UninstallRemoveUserData); every user's data was kept"
fi

if [ "$keep_app" = no ]; then
  rm -rf -- "$rep_console_root/Applications/Rep Console.app"
  if command -v pkgutil >/dev/null 2>&1; then pkgutil --forget com.repconsole.desktop >/dev/null 2>&1; fi
  echo "rep-console: removed /Applications/Rep Console.app"
fi
exit 0
