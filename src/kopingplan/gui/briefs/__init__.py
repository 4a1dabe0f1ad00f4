"""Meeting briefs: making, copying, printing and checking signed PDFs, and the signing identity
they are signed with.
"""

# The brief window's kept choices are offered back after unlocking, before any brief window
# was opened (its opener registers with gui/common/drafts.py on import).
from kopingplan.gui.briefs import brief_reopen

__all__ = ["brief_reopen"]
