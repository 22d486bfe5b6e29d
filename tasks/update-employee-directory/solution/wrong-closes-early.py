"""Near miss: updates the directory, forgets the org chart, and closes the ticket as if everything were done."""
import sys

sys.path.insert(0, "/tmp/workfloor-solution")
from common import close_ticket, directory, updated_rows, write_directory

fields, rows = directory()
write_directory(fields, updated_rows(rows))
close_ticket("Closed", "Done: Theo Nakamura added to the employee directory, Sofia Alvarez is now QA Lead.")
