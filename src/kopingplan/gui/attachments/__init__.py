"""Attachments (bilagor) of any record: the list of a record's files and the viewer that shows them
from memory.
"""
