"""What every section of the GUI shares: forms and validation, tables and their models, long tasks,
file dialogs, labels and small widgets.
"""
