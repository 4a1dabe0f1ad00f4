"""Keeping the vault safe: backup and restore, retention, the recovery key, the passphrase and key,
and locking when idle or when the computer locks.
"""
