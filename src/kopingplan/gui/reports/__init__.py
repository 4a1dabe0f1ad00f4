"""Reports: the access-log follow-up, the disclosure report, the report to the municipal executive
board and the sheet for relatives.
"""
