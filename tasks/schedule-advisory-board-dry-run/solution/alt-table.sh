#!/usr/bin/env bash
# Another correct run: the slots asked with weekday names, the note with US dates and "10 am", attendees as a list
# and the agenda as a table, a confirmation in other words with the time ending the sentence ("we're on for
# Wednesday, December 9 at 10:00.").
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import cab

question = ("Hello {f}! Hannah wants a one-hour dry run of the customer advisory board the week of December 7. "
            "Which of these work for you?\n" + "\n".join(f"* {s}" for s in cab.SLOTS))
answers = cab.ask({u: question.format(f=f) for u, f in cab.PEOPLE.items()})
common = set(cab.SLOTS)
for answer in answers.values():
    common &= cab.available(answer)
assert common == {"Wed 12-09 10:00"}, common
cab.page("""# CAB dry run - Wednesday 12/9/2026, 10 am, Sideoats

Present:
- Hannah Brooks
- Priya Natarajan
- Elena Popescu
- Omar Haddad

Notes: Hannah Brooks. One hour, ahead of the customer advisory board on December 15.

## Agenda

| # | Topic | Presenter |
|---|---|---|
| 1 | What's coming in FieldDay 4.13 | Priya |
| 2 | Groundcount: Q4 trends | Elena |
| 3 | Partner webhooks and the Intake API | Omar |
| 4 | Recurring maintenance visits (5.0) | Hannah |

## Notes

- Each presenter gets about 12 minutes, then feedback.

## Action items

| owner | action | due |
|---|---|---|
| Presenters | Final slides ready | 12/9/2026 |

Next meeting: the advisory board itself, December 15.
""")
cab.tell({u: f"Thanks {f}, we're on for Wednesday, December 9 at 10:00. Room: Sideoats; the agenda is on the FieldDay "
             "wiki (CAB_Dry_Run_2026-12)." for u, f in cab.PEOPLE.items()})
PY
