"""Sharing with the police liaison and others: the export wizard, import, incoming information,
recipients, legal bases, and every disclosure (utlämnande).
"""
