#!/usr/bin/env bash
# Alternative: another column order with dollar formatting and a total row; the message in other words, with
# other department names (Sales/CS, Admin and Office), amounts as USD, and the one-offs mentioned on their lines.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_grace
python3 "$HERE/forecast.py" /tmp/forecast.csv --style alt "${ONE_OFFS[@]}" > /tmp/over.tsv
upload_forecast /tmp/forecast.csv
message_victor "Victor, forecast done (file: $FORECAST_FILE). At year end, going over:
Sales/CS — USD 17,707 over
Data — USD 5,038 over
Admin and Office — \$1,226 over (includes the \$4,500 holiday party)
Engineering — \$709 over its 2026 budget (with the \$15,120 laptop refresh)
Everyone else stays within budget."
