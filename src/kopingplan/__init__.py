"""Köpingplan: an offline, encrypted workbench for a municipal coordinator against violent
extremism. The version below is the only place the version is written."""

__version__ = "0.1.0"
