"""The People and organisations section: persons, partner organisations and their agreements, and a
person's register extract.
"""
