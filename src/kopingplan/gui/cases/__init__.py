"""The Cases section and the case window: the list, a case's people, notes and contacts, its level
changes, triage and consents.
"""
