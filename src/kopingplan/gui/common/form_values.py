"""Widget values as plain JSON, and the conversions between Qt's and Python's dates.

What a form's :meth:`~kopingplan.gui.common.record_form.RecordDialog.values` is made of: text,
numbers, booleans, ``None`` and ISO dates, so a draft needs no conversion and "changed?" is a
comparison of two dicts.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kopingplan.domain import rules
from kopingplan.gui.common.list_page import refill_choices


def widget_value(widget: QWidget) -> Any:
    """What a widget holds, as JSON (dates as ISO text, combo boxes as their item data)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(f"no value for {type(widget).__name__}")


def set_widget_value(widget: QWidget, value: Any) -> None:
    """The inverse of :func:`widget_value`; a value the widget cannot take is ignored."""
    if isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QComboBox):
        index = combo_index(widget, value)
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QDateEdit):
        day = QDate.fromString(str(value or ""), Qt.DateFormat.ISODate)
        if day.isValid():
            set_date(widget, date(day.year(), day.month(), day.day()))
    elif isinstance(widget, QDateTimeEdit):
        stamp = QDateTime.fromString(str(value or ""), Qt.DateFormat.ISODate)
        if stamp.isValid():
            _set_stamp(widget, stamp)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)


def show_value(widget: QWidget, value: Any) -> None:
    """Shows a record's value in its widget: an enum by its stored value, a day or a time in
    its editor (a time in local time), text, a number, an id or a yes/no as it is."""
    if isinstance(widget, QDateTimeEdit) and isinstance(value, datetime):
        set_datetime(widget, value)
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, date):
        set_date(widget, value)
    else:
        set_widget_value(widget, value.value if isinstance(value, Enum) else value)


def read_value(widget: QWidget, field_type: Any) -> Any:
    """What a widget holds as a record's field of ``field_type`` takes it: text as the vault
    stores it (:func:`rules.normalise_text`), an enum member from a combo box's stored value
    (``None`` where the field may be empty), a day or a time (UTC) from its editor, and a
    number, an id or a yes/no as it is."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return rules.normalise_text(widget_value(widget))
    if isinstance(widget, QDateEdit):
        return to_date(widget)
    if isinstance(widget, QDateTimeEdit):
        return to_datetime(widget)
    value = widget_value(widget)
    kinds = typing.get_args(field_type) or (field_type,)
    enum = next((k for k in kinds if isinstance(k, type) and issubclass(k, Enum)), None)
    if enum is None or (value is None and type(None) in kinds):
        return value
    return enum(value)


def show_fields(
    fields: Mapping[str, QWidget],
    record: object | None,
    values: Mapping[str, Any],
    ticks: Mapping[str, QAbstractButton],
) -> None:
    """Shows each field's value (:func:`show_value`): the one in ``values``, else the record's;
    a day that may be left out (its tick box in ``ticks``) ticked when there is one."""
    for name, widget in fields.items():
        if name in values:
            value = values[name]
        elif record is not None and hasattr(record, name):
            value = getattr(record, name)
        else:
            continue
        if name in ticks:
            show_optional_date(ticks[name], typing.cast(QDateTimeEdit, widget), value)
        else:
            show_value(widget, value)


FIELD_PROPERTY = "field"  # the dynamic property a form's widget names its record field with


def form_fields(form: QWidget) -> dict[str, QWidget]:
    """The widgets of a Designer form that show a record's field, by the field's name: each
    widget given the dynamic property ``field`` in Designer, in the form's order (the order of
    the .ui file, which is the order of the rows)."""
    fields: dict[str, QWidget] = {}
    for widget in form.findChildren(QWidget):
        name = widget.property(FIELD_PROPERTY)
        if not name:
            continue
        if name in fields:
            raise ValueError(
                f"{form.objectName()}: {fields[name].objectName()} and {widget.objectName()} "
                f"both show the field {name!r}"
            )
        fields[str(name)] = widget
    return fields


@functools.cache
def field_types(record_type: type) -> dict[str, Any]:
    """The types of a record's fields, by name (from its annotations)."""
    return typing.get_type_hints(record_type)


def read_fields(
    fields: Mapping[str, QWidget],
    record_type: type,
    given: Mapping[str, Any],
    ticks: Mapping[str, QAbstractButton],
) -> dict[str, Any]:
    """The values of the record's fields that the widgets show (see :func:`read_value`),
    leaving out those ``given``; None for a day whose tick box (in ``ticks``) is unticked."""
    types = field_types(record_type)
    return {
        name: read_value(widget, types[name])
        if name not in ticks or ticks[name].isChecked()
        else None
        for name, widget in fields.items()
        if name in types and name not in given
    }


def combo_index(combo: QComboBox, value: Any) -> int:
    """The first item whose data equals ``value`` (``None`` included: findData cannot)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def changed_signal(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    raise TypeError(f"no change signal for {type(widget).__name__}")


def to_date(widget: QDateTimeEdit) -> date:
    day = widget.date()
    return date(day.year(), day.month(), day.day())


def set_date(widget: QDateTimeEdit, value: date) -> None:
    """Shows ``value`` as it is: a day after the editor's maximum (an older record's or draft's
    day after today, where the form allows no later day) widens the maximum rather than being
    changed to it unseen; the rules then name it beside the field, to be corrected."""
    day = QDate(value.year, value.month, value.day)
    if day > widget.maximumDate():
        widget.setMaximumDate(day)
    widget.setDate(day)


def tie_optional_date(check: QAbstractButton, edit: QDateTimeEdit) -> None:
    """A day that may be left out (a tick box such as "Follow up on" and its date): the date
    can be edited only while the box is ticked."""
    edit.setEnabled(check.isChecked())
    check.toggled.connect(edit.setEnabled)


def show_optional_date(
    check: QAbstractButton, edit: QDateTimeEdit, day: date | None, default: date | None = None
) -> None:
    """Shows a day that may be left out: ticked with the day shown when there is one;
    unticked, the greyed date showing ``default`` (when given) when not."""
    check.setChecked(day is not None)
    edit.setEnabled(day is not None)
    shown = day or default
    if shown is not None:
        set_date(edit, shown)


def optional_date(check: QAbstractButton, edit: QDateTimeEdit) -> date | None:
    """The day of a pair shown by :func:`show_optional_date`; None when unticked."""
    return to_date(edit) if check.isChecked() else None


def to_datetime(widget: QDateTimeEdit) -> datetime:
    """The local time shown, as an aware UTC datetime (what the vault stores)."""
    return datetime.fromtimestamp(widget.dateTime().toSecsSinceEpoch(), tz=UTC)


def set_datetime(widget: QDateTimeEdit, value: datetime) -> None:
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc()).toLocalTime()
    _set_stamp(widget, stamp)


def _set_stamp(widget: QDateTimeEdit, stamp: QDateTime) -> None:
    if stamp > widget.maximumDateTime():  # as set_date: shown as it is, to be corrected
        widget.setMaximumDateTime(stamp)
    widget.setDateTime(stamp)


def now_minute() -> QDateTime:
    """Now, to the minute (a contact "at 14:05", not 14:05:37.214)."""
    now = QDateTime.currentDateTime()
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))


def fill_enum_combo(combo: QComboBox, members: Any, label: Callable[[Any], str]) -> None:
    """(Re)fills a combo box with enum members (data: the stored value), keeping the choice."""
    refill_choices(combo, ((label(member), member.value) for member in members))
