# Shared by the solutions.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ask_jordan() {
  python_default -m grading.clients.chat ask jordan.ellis \
    "Hi Jordan, I'm scoring the Data Analyst final panels for Rachel. Did every panel interview run long enough to count? What does your interview log say?"
}
panel() { python_default "$HERE/panel.py" "$@"; }
