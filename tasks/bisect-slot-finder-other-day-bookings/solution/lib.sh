# Shared by the solutions (sourced): read Sofia's DM, find the culprit by behaviour (git bisect), file the ticket,
# answer Sofia. Helpers: repro.py (the check), ticket.py (tracker REST), dm.py (chat).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"

# read_report: print the DM conversation with Sofia (accepts her invite).
read_report() { python_default "$HERE/dm.py" read; }

# clone_repo: dispatch-core in $WORK/repo, cwd there.
clone_repo() {
    WORK=$(mktemp -d)
    git clone -q "http://$U:$P@tallgrass.test:8929/dispatch-core.git" "$WORK/repo"
    cd "$WORK/repo"
}

# find_culprit: bisect between Sofia's Nov 12 commit (good) and main (bad) with repro.py; sets CULPRIT SHORT FULLSUBJ.
find_culprit() {
    local good
    good=$(git log --format=%H --grep='Add regression test for slots ending at shift end' -n 1)
    git bisect start HEAD "$good" >/dev/null
    git bisect run python3 "$HERE/repro.py" > "$WORK/bisect.log"
    CULPRIT=$(git rev-parse refs/bisect/bad)
    git bisect reset >/dev/null 2>&1
    SHORT=$(git log -1 --format=%h "$CULPRIT")
    FULLSUBJ=$(git log -1 --format=%s "$CULPRIT")
    git show --stat "$CULPRIT" | head -12
}

# sha_of PATTERN: the short id of the newest commit whose message matches PATTERN.
sha_of() { git log --format=%h --grep="$1" -n 1; }

# file_reference: the reference ticket (steps, expected/actual, commit, function; Sofia @-mentioned); sets ID.
file_reference() {
    DESC="$WORK/bug.md"
    cat > "$DESC" <<MD
Found by @sofia.alvarez in the 4.13 regression run on dispatch-core main (2026-11-20).

**Steps to reproduce**

1. Technician Ana Ruiz (\`t-ana\`, HVAC, \`weekly_shifts("08:00-16:00")\`, Monday to Friday).
2. Her only booking that week: Monday 2026-11-23, 09:00-12:00, zone central.
3. Call \`find_slots(Job("j-new", "hvac", 60, zone="central"), [ana], [monday_booking], date(2026, 11, 24))\`,
   i.e. look for a 60-minute central job on Tuesday 2026-11-24 with that week's appointments passed in.

**Expected:** Tuesday is empty, so the first slot is 08:00-09:00.

**Actual:** the first slot is 12:15-13:15. Monday's 09:00-12:00 booking (plus the 15-minute travel buffer)
blocks 08:45-12:15 on Tuesday too.

**Cause:** commit $SHORT "$FULLSUBJ" (Daniel Reyes, 2026-11-16). It rewrote \`free_intervals()\` in
\`dispatch_core/availability.py\` for calls with a \`job_zone\` (every slot search): the new loop filters
the appointments by technician only and no longer by day (the old code went through \`booked()\`, which
filters on both). The commit message says "No change in behaviour". \`git bisect\` with the check above:
good on 2026-11-12, first bad at $SHORT.

**Fix idea:** filter on \`appointment.day == day\` in that loop again (or keep using \`booked()\`), plus a
regression test with an appointment on another day and a \`job_zone\`.
MD
    ID=$(python3 "$HERE/ticket.py" create "Slot finder: bookings on other days block the same hours (regression since $SHORT)" \
     "$DESC")
    echo "created #$ID"
}
