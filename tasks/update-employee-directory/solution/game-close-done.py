"""Gaming (audit finding): closes the ticket with "done" and does no work at all."""
import sys

sys.path.insert(0, "/tmp/workfloor-solution")
from common import close_ticket

close_ticket("Closed", "done")
