# Shared by the solutions: ask Grace, compute, upload, message Victor.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FORECAST_FILE="Finance/Forecast/2026_Year_End_Forecast.csv"
ONE_OFFS=(--one-off "Engineering=15120" --one-off "Admin & Office=4500")

ask_grace() {
  python_default -m grading.clients.chat ask grace.liu \
    "Hi Grace, Victor asked me for the 2026 year-end forecast per department. How do you estimate November and December, and is there anything else I should add?"
}

upload_forecast() { python_default "$HERE/deliver.py" upload "$1" "$FORECAST_FILE"; }

message_victor() {  # $1: the message text
  printf '%s\n' "$1" > /tmp/victor.txt
  python_default "$HERE/deliver.py" dm victor.mendes /tmp/victor.txt
}
