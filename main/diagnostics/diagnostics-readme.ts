/** The README.txt at the top of every diagnostics archive: what each file is, for whoever opens it. */
export const DIAGNOSTICS_README = `Rep Console diagnostics
=======================

Made by "Export diagnostics" (command palette) or \`rep-console --export-diagnostics <folder>\`.
Every file below was passed through a PHI and card-data scrubber before it was written: card
numbers, security codes, MBIs, member ID numbers, phone numbers, SSNs, dates of birth (and any date
more than ten years old), addresses, e-mail addresses, names after words such as "member" or
"caller", the names and addresses of members cached on this desktop, and credentials are replaced by
[card], [cvv], [mbi], [member-id], [phone], [ssn], [dob], [date], [address], [email], [name],
[secret] or [redacted]. manifest.json counts the replacements.

environment.json   app, Electron, Node and OS versions; when and how this archive was made
policy.json        every setting in force and the source it came from (secrets removed)
statistics.json    counts and sizes of the member cache, the durable store and the logs (no contents)
softphone.json     the softphone link (paired, port, connected) and the CTI feed; no tokens or codes
last-errors.jsonl  the newest warnings and errors, one JSON line each
logs/              the console's log files (JSON lines), newest last
manifest.json      the files in this archive, their sizes and what the scrubber replaced
`;
