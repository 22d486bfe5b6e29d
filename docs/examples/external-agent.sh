#!/usr/bin/env bash
# A minimal external agent for `harness run --agent command` that needs nothing but bash, curl, git and
# `docker exec`. It solves the example task (tasks/example) with fixed steps, the way a real agent's loop
# would act, and writes its own ATIF trajectory to $WORKFLOOR_TRAJECTORY (set EXAMPLE_NO_TRAJECTORY=1 to
# skip that and pass it with `--agent-env EXAMPLE_NO_TRAJECTORY`; the harness then records the process's output
# as one step).
#
#   harness run --task example --agent command --agent-cmd 'bash docs/examples/external-agent.sh'
set -euo pipefail

box="$WORKFLOOR_CONTAINER"
journal=$(mktemp -d)
trap 'rm -rf "$journal"' EXIT
steps=()
n=0

# JSON-escape stdin, using the workstation's python3 through docker exec (no jq needed on the host).
json() { docker exec -i "$box" python3 -c 'import json, sys; print(json.dumps(sys.stdin.read()))'; }
now() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }

# One agent step: a bash tool call, run in the task container, and its output as the observation.
act() {
  local thought="$1" command="$2" output code=0
  output=$(docker exec -i -w /workspace "$box" bash -c "$command" 2>&1) || code=$?
  printf '%s\n' "$output"
  n=$((n + 1))
  steps+=("{\"step_id\": $n, \"timestamp\": \"$(now)\", \"source\": \"agent\", \"message\": $(printf '%s' "$thought" | json),
    \"tool_calls\": [{\"tool_call_id\": \"call_$n\", \"function_name\": \"bash\", \"arguments\": {\"command\": $(printf '%s' "$command" | json)}}],
    \"observation\": {\"results\": [{\"source_call_id\": \"call_$n\", \"content\": $(printf '%s' "$output" | json)}]},
    \"extra\": {\"exit_code\": [$code]}}")
  return "$code"
}

n=1
steps+=("{\"step_id\": 1, \"timestamp\": \"$(now)\", \"source\": \"user\", \"message\": $(json < "$WORKFLOOR_INSTRUCTION_FILE")}")

# The company's services (none for the example task): check that each answers.
for url in $(printf '%s' "$WORKFLOOR_SERVICES" | grep -o 'http[^"]*' || true); do
  curl -s -o /dev/null -w "$url -> HTTP %{http_code}\n" --max-time 5 "$url" || echo "$url unreachable"
done

act "Look at the receipts." "head -3 lunch_receipts.csv; wc -l lunch_receipts.csv"

# Keep a journal of the file in a local git repository, to show the change it makes.
git -C "$journal" init -q
docker exec "$box" cat /workspace/lunch_receipts.csv > "$journal/lunch_receipts.csv"
git -C "$journal" -c user.name=agent -c user.email=agent@example.invalid add lunch_receipts.csv
git -C "$journal" -c user.name=agent -c user.email=agent@example.invalid commit -qm "receipts as given"

act "Add the per_person column and write the answer." "python3 - <<'PY'
import csv
rows = list(csv.DictReader(open('lunch_receipts.csv', newline='')))
for row in rows:
    row['per_person'] = f\"{float(row['amount_eur']) / int(row['attendees']):.2f}\"
with open('lunch_receipts.csv', 'w', newline='') as fh:
    writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
open('answer.txt', 'w').write(max(rows, key=lambda r: float(r['per_person']))['date'] + '\n')
PY"

docker exec "$box" cat /workspace/lunch_receipts.csv > "$journal/lunch_receipts.csv"
git -C "$journal" --no-pager diff --stat
act "Check the result." "cat answer.txt"

if [ -z "${EXAMPLE_NO_TRAJECTORY:-}" ] && [ -n "${WORKFLOOR_TRAJECTORY:-}" ]; then
  {
    printf '{"schema_version": "ATIF-v1.4", "session_id": "example-agent-%s",\n' "$$"
    printf ' "agent": {"name": "example-external-agent", "version": "1.0"},\n "steps": [\n'
    (IFS=,; printf '%s\n' "${steps[*]}")
    printf ' ],\n "final_metrics": {"total_steps": %d}\n}\n' "${#steps[@]}"
  } > "$WORKFLOOR_TRAJECTORY"
fi
