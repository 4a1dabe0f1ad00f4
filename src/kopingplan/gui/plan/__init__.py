"""The action plan and work at the general level: the plan's revisions and activities."""
