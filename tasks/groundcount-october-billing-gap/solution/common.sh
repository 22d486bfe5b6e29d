# Shared by this task's solutions (sourced, not run): fetch the two CSVs, upload the catch-up file, comment on and
# resolve the ticket (REST), DM Samuel.
FILES="http://tallgrass.test:3923"
TRACKER="http://tallgrass.test:3000"
AUTH="$WORKFLOOR_USERNAME:$WORKFLOOR_PASSWORD"
WORK=$(mktemp -d)

fetch() {
    curl -fsS -u "$AUTH" "$FILES/Data/groundcount_subscribers.csv" -o "$WORK/subscribers.csv"
    curl -fsS -u "$AUTH" "$FILES/Finance/Groundcount_Invoices_2026-10.csv" -o "$WORK/invoices.csv"
}

# upload_catchup FILE
upload_catchup() { curl -fsS -u "$AUTH" -T "$1" "$FILES/Finance/Groundcount_Catchup_2026-10.csv" -o /dev/null; }

# comment_ticket [Resolved] < NOTE: a comment on the ticket, and the status when given
comment_ticket() {
    local issue status note
    note="$(cat)"
    issue="$(curl -fsS -u "$AUTH" "$TRACKER/issues.json?project_id=data-platform&status_id=*&limit=100" \
        | jq '.issues[] | select(.subject == "Reconcile Groundcount subscribers with Finance invoices") | .id')"
    if [ -n "${1:-}" ]; then
        status="$(curl -fsS -u "$AUTH" "$TRACKER/issue_statuses.json" | jq --arg s "$1" '.issue_statuses[] | select(.name==$s) | .id')"
        curl -fsS -u "$AUTH" -X PUT -H "Content-Type: application/json" "$TRACKER/issues/$issue.json" \
            -d "$(jq -n --arg n "$note" --argjson s "$status" '{issue: {status_id: $s, notes: $n}}')"
    else
        curl -fsS -u "$AUTH" -X PUT -H "Content-Type: application/json" "$TRACKER/issues/$issue.json" \
            -d "$(jq -n --arg n "$note" '{issue: {notes: $n}}')"
    fi
}

# dm USERNAME < MESSAGE
dm() {
    PYTHONPATH=/utils python_default -c '
import os, sys
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message(sys.argv[1], sys.stdin.read().strip())
' "$1"
}

# missing_by_id: the catch-up CSV of the active subscribers without an October invoice (by subscriber_id)
missing_by_id() {
    python3 - "$WORK" <<'PY'
import csv, sys
work = sys.argv[1]
subscribers = [r for r in csv.DictReader(open(f"{work}/subscribers.csv")) if r["status"] == "active"]
invoiced = {r["subscriber_id"] for r in csv.DictReader(open(f"{work}/invoices.csv"))
            if r["invoice_date"].startswith("2026-10")}
writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["subscriber_id", "customer", "plan", "amount_usd", "billing_email"])
for r in subscribers:
    if r["subscriber_id"] not in invoiced:
        writer.writerow([r["subscriber_id"], r["company"], r["plan"], f"{float(r['monthly_fee_usd']):.2f}",
                         r["billing_email"]])
PY
}
