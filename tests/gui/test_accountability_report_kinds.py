"""The disclosure report and the record of processing, one class each on the shared
ReportDialog: each says its own title, heading, explanation and summary in either language."""

from __future__ import annotations

from typing import Any

import pytest

from kopingplan.gui.reports import accountability

from gui_helpers import unlock

pytestmark = pytest.mark.gui


def test_each_accountability_report_says_its_own_words_in_either_language(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    disclosures = window.reports.open_disclosure_report()
    assert isinstance(disclosures, accountability.DisclosureReportDialog)
    assert disclosures.windowTitle() == "Disclosure report"
    assert disclosures.ui.periodCombo.isVisible()
    assert disclosures.ui.summaryLabel.text().startswith("Disclosures in the period: ")
    processing = window.reports.open_processing_record()
    assert isinstance(processing, accountability.ProcessingRecordDialog)
    assert (processing.windowTitle(), processing.ui.headingLabel.text()) == (
        "Record of processing",
        "Record of processing (GDPR art. 30)",
    )
    assert not processing.ui.periodCombo.isVisible()

    controller.set_language("sv")

    assert (processing.windowTitle(), processing.ui.headingLabel.text()) == (
        "Registerförteckning",
        "Registerförteckning (GDPR art. 30)",
    )
    assert processing.ui.explanationLabel.text().startswith("Ändamål, kategorier")
    assert processing.ui.summaryLabel.text().startswith("Där valvet inte känner till")
    disclosures = window.reports.open_disclosure_report()
    assert (disclosures.windowTitle(), disclosures.ui.headingLabel.text()) == (
        "Utlämnanderapport",
        "Utlämnanderapport",
    )
    assert disclosures.ui.summaryLabel.text().startswith("Utlämnanden under perioden: ")
    assert disclosures.ui.explanationLabel.text().startswith("Alla utlämnanden under perioden")
