#!/bin/bash
# Runs as root after the deb or rpm package is removed (deb postrm, rpm %postun; electron-builder
# passes it to fpm as --after-remove and fills in the two ${...} names below). Kept in one file with
# electron-builder's own after-remove steps, which a custom afterRemove replaces.

# --- electron-builder's steps (app-builder-lib 26.17.0 templates/linux/after-remove.tpl) ---

# Delete the link to the binary
# update-alternatives --remove <name> <path>: 'path' must be the registered alternative binary,
# not the generic symlink — see https://man7.org/linux/man-pages/man1/update-alternatives.1.html
if type update-alternatives >/dev/null 2>&1; then
    update-alternatives --remove '${executable}' '/opt/${sanitizedProductName}/${executable}'
else
    rm -f '/usr/bin/${executable}'
fi

APPARMOR_PROFILE_DEST='/etc/apparmor.d/${executable}'

# Remove and unload apparmor profile.
if [ -f "$APPARMOR_PROFILE_DEST" ]; then
  # Unload the profile from the running kernel before deleting the file so the
  # policy is not left enforced until the next reboot.  Mirror the chroot guard
  # used in the after-install script — live AppArmor operations are not
  # meaningful inside a chroot.
  # https://wiki.debian.org/AppArmor/HowToUse
  if apparmor_status --enabled > /dev/null 2>&1; then
    if ! { [ -x '/usr/bin/ischroot' ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
      apparmor_parser --remove "$APPARMOR_PROFILE_DEST" || true
    fi
  fi
  rm -f "$APPARMOR_PROFILE_DEST"
fi

# --- Rep Console: every user's cache and durable store, when IT's policy says so ---
# A shared workstation must not keep PHI after the console is removed. The policy is
# uninstall.removeUserData in /etc/rep-console/policy.json (the file main/policy reads on Linux).
# What goes is exactly main/uninstall/user-data-files.ts (a test fails when this list drifts):
# the member cache, the durable store, their keys, the softphone token, the remembered sign-in, the
# logs and diagnostics archives in each user's ~/.config/Rep Console. Other files there (settings.json,
# Chromium's profile) stay; a folder that is emptied goes. A user whose XDG_CONFIG_HOME moves ~/.config is
# not covered: run `rep-console --remove-user-data` as that user before removing the package.
# REP_CONSOLE_ROOT prefixes every path, for tests only (they run this against a fake root).

# Only a removal: deb passes "remove" or "purge", rpm passes 0; an upgrade (deb "upgrade", rpm 1) keeps all.
case "$1" in
  remove|purge|0) ;;
  *) exit 0 ;;
esac

rep_console_root="$REP_CONSOLE_ROOT"
rep_console_policy="$rep_console_root/etc/rep-console/policy.json"

# Prints true, false or invalid: whether the policy file's top-level "uninstall" object says
# "removeUserData": true. A small JSON reader (node and python may be absent): strings, escapes and
# nesting are respected, the last duplicate wins as in JSON.parse, and anything malformed is
# "invalid" (the console itself refuses to start on such a file), which keeps every user's data.
rep_console_read_policy() {
  awk '
    function seen(v) {
      if (depth == 0) { roots++; if (v != "{") valid = 0 }
      if (depth == 1 && key[1] == "uninstall") answer = "false"
      if (depth == 2 && type[1] == "o" && type[2] == "o" && key[1] == "uninstall" && key[2] == "removeUserData") answer = (v == "true") ? "true" : "false"
    }
    BEGIN { RS = "\001" }
    { text = text $0 }
    END {
      n = length(text); i = 1; depth = 0; roots = 0; valid = 1; answer = "false"
      while (i <= n && valid) {
        c = substr(text, i, 1)
        if (c == " " || c == "\t" || c == "\r" || c == "\n" || c == ":") { i++; continue }
        if (c == ",") { if (type[depth] == "o") wantkey[depth] = 1; i++; continue }
        if (c == "\"") {
          j = i + 1; s = ""
          while (j <= n && substr(text, j, 1) != "\"") {
            if (substr(text, j, 1) == "\\") { s = s substr(text, j, 2); j += 2 } else { s = s substr(text, j, 1); j++ }
          }
          if (j > n) { valid = 0; break }
          i = j + 1
          if (depth > 0 && type[depth] == "o" && wantkey[depth]) { key[depth] = s; wantkey[depth] = 0 } else seen("string")
          continue
        }
        if (c == "{" || c == "[") {
          seen(c); depth++; type[depth] = (c == "{") ? "o" : "a"; wantkey[depth] = (c == "{"); key[depth] = ""; i++; continue
        }
        if (c == "}" || c == "]") {
          if (depth == 0 || type[depth] != ((c == "}") ? "o" : "a")) { valid = 0; break }
          depth--; i++; continue
        }
        j = i
        while (j <= n && index(",}] \t\r\n", substr(text, j, 1)) == 0) j++
        literal = substr(text, i, j - i); i = j
        if (literal !~ /^(true|false|null|-?[0-9][0-9.eE+-]*)$/) { valid = 0; break }
        seen(literal)
      }
      if (!valid || depth != 0 || roots != 1) print "invalid"; else print answer
    }
  ' "$1"
}

# Deletes the console's files in one data folder ($1) and the patterns after it, as whoever runs it.
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

rep_console_clean() {
  $rep_console_as /bin/sh -c "$rep_console_remove_one" rep-console-remove "$1" \
    'cache/member-cache.sqlite*' 'cache/cache.key*' 'store/console-store.sqlite*' 'store/store.key*' \
    'softphone/pairing.bin*' 'session/sign-in.bin*' 'session/idle-lock.bin*' 'logs/rep-console.*' 'diagnostics/rep-console-diagnostics-*'
}

[ -f "$rep_console_policy" ] || exit 0
rep_console_answer=$(rep_console_read_policy "$rep_console_policy")
if [ "$rep_console_answer" = invalid ]; then
  echo "rep-console: $rep_console_policy is not valid JSON; every user's data was kept"
  exit 0
fi
[ "$rep_console_answer" = true ] || exit 0

# Every home in the password database, and every folder under /home (directory users may be missing from it).
{ cut -d: -f6 "$rep_console_root/etc/passwd" 2>/dev/null | sed "s|^|$rep_console_root|"; for home in "$rep_console_root"/home/*; do echo "$home"; done; } | sort -u |
  while IFS= read -r home; do
    data="$home/.config/Rep Console"
    [ -d "$data" ] || continue
    if [ -L "$data" ]; then echo "rep-console: $data is a symbolic link; left alone"; continue; fi
    # As the folder's owner, when root can become them: a link planted in it then reaches only their own files.
    rep_console_as=
    owner=$(stat -c '%u:%g' -- "$data")
    if [ "$(id -u)" = 0 ] && [ "${owner%%:*}" != 0 ] && command -v setpriv >/dev/null 2>&1; then
      rep_console_as="setpriv --reuid=${owner%%:*} --regid=${owner##*:} --clear-groups"
    fi
    rep_console_clean "$data"
    echo "rep-console: removed the member cache and durable store in $data"
  done
exit 0
