"""Signed PDF briefs: the meeting brief, the case brief (PM) and the lägesbild report.

The pipeline, each step in memory and in its own module:

* :mod:`.gather` reads from the vault what the coordinator's choices allow;
* :mod:`.compose` (with :mod:`.case_section`) turns it into a :class:`.document.Brief`,
  Swedish text in headings, fact lists and tables;
* :mod:`.render` lays it out as A4 pages with reportlab (embedded DejaVu Sans, classification,
  document id, date, "Sida n av m" and the copy mark on every page, a signature block last);
* :mod:`.sign` signs it PAdES B-B with pyHanko and the coordinator's key;
* :mod:`.verify` checks a signed brief.

:mod:`kopingplan.services.briefs` strings these together and writes the audit log. Nothing
here imports Qt; printing is the GUI's part.
"""
