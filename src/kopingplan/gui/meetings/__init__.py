"""The Meetings section: working groups and their members, meetings, agendas, decisions and
actions.
"""
