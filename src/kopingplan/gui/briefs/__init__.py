"""Meeting briefs: making, copying, printing and checking signed PDFs, and the signing identity
they are signed with.
"""
