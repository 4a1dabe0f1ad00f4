"""The To do section (Att göra): what is due, across every kind of record."""
