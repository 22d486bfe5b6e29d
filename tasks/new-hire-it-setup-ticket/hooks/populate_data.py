"""Task state: Lucia Romero's onboarding ticket (People Operations) and the new-hire IT checklist page.

The page is Felix's procedure, saved by Rachel (through the administrator's login, injected at init).
"""

import sys
from datetime import date

sys.path.insert(0, "/utils")

from grading.clients.tracker import TrackerClient
from grading.credentials import admin

RACHEL = TrackerClient(*admin(), act_as="rachel.kim")

RACHEL.create_issue(
    "people-ops", "Onboarding: Lucia Romero, Customer Success Specialist (start 2026-12-14)",
    """Lucia Romero joins as **Customer Success Specialist** on Monday 2026-12-14.

- Department: Sales & Customer Success
- Manager: Hannah Brooks (until the Customer Success lead is hired)
- Location: Omaha, NE, hybrid (in the Lincoln office Tuesday to Thursday)
- Buddy: Jordan Ellis

Checklist (see wiki Onboarding_Checklist):

- [x] contract signed (2026-11-19)
- [ ] IT ticket for accounts, laptop and badge (at least 10 business days ahead)
- [ ] add to HR/Employee_Directory.csv
- [ ] welcome lunch on day one
- [ ] I-9 and payroll forms within 3 days
""",
    tracker="Support", priority="Normal", assignee="jordan.ellis",
    start_date=date(2026, 11, 19), due_date=date(2027, 1, 13),
)

RACHEL.save_wiki_page("it-ops", "New_Hire_IT_Checklist", """# New hire IT checklist

From December 2026 every new hire gets **one parent ticket** in IT Operations, filed at least 10 business
days before the start date:

- subject: `IT setup: <Full Name> (start <YYYY-MM-DD>)`
- tracker Support, assigned to Felix Wagner
- due date: the last working day before the start date
- description: title, department, manager, location (office / hybrid / remote) and start date

Under it, **one subtask per item that applies** to the person, with the same assignee and due date as the
parent and the subject `<item>: <Full Name>`:

| item | for whom |
|---|---|
| Accounts (chat, tracker, file server) | everyone |
| Git account | Engineering and Data only |
| Email address | everyone |
| Bitwarden seat | everyone |
| Laptop, standard profile (14-inch, 16 GB) | everyone outside Engineering and Data |
| Laptop, engineering profile (14-inch, 32 GB) | Engineering and Data |
| Door badge | office and hybrid staff (not fully remote) |
| VPN profile | hybrid and remote staff |

If every Bitwarden seat is taken, make the Bitwarden subtask **blocked by** the open ticket that buys more
seats, so IT doesn't promise a login it can't give yet.

When the tickets are in, tell Felix in chat with the parent ticket number. (Kai's own ticket was
the last one done the old way, as a single ticket with a checklist.)

*Procedure by Felix Wagner (IT), agreed with HR on 2026-11-19.*
""", comment="Felix's new procedure for new hires")
print("populate_data: onboarding ticket and New_Hire_IT_Checklist created")
