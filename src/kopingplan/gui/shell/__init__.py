"""The application's frame: the start and unlock dialogs, the main window with its sections,
notices and search, the settings, and the states between them.
"""
