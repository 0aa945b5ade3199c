#!/usr/bin/env bash
# A test in any language, here bash and curl, against 'vrchat-groups sandbox --port 0':
# arm a fault, see it answer, read the journal, reset. Usage: sandbox-faults.sh http://127.0.0.1:PORT
set -euo pipefail
sandbox=$1
group=grp_00000000-0000-0000-0000-000000000000
agent='ShellBot/1.0 (+https://example.com/bot)'

invite() { # prints the status of one invite
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "$sandbox/groups/$group/invites" \
    -A "$agent" -b 'auth=authcookie_sandbox' -H 'Content-Type: application/json' \
    -d "{\"userId\":\"$1\"}"
}

curl -sf -X POST "$sandbox/_sandbox/faults" \
  -d '{"operation":"invite","times":2,"answer":429,"retryAfter":1}' > /dev/null
statuses="$(invite usr_00000000-0000-4000-8000-000000000101) $(invite usr_00000000-0000-4000-8000-000000000102) $(invite usr_00000000-0000-4000-8000-000000000103)"
[ "$statuses" = "429 429 200" ] || { echo "expected 429 429 200, got $statuses"; exit 1; }

journal=$(curl -sf "$sandbox/_sandbox/requests")
case "$journal" in *'"userAgent":"ShellBot/1.0 (+https://example.com/bot)"'*) ;; *) echo "no user agent: $journal"; exit 1;; esac
case "$journal" in *authcookie_sandbox*) echo "the journal shows the cookie"; exit 1;; esac

curl -sf -X POST "$sandbox/_sandbox/reset" > /dev/null
[ "$(curl -sf "$sandbox/_sandbox/requests")" = "[]" ] || { echo "reset left requests"; exit 1; }
echo "sandbox-faults: ok"
