"""The Incoming concerns section (Inkommande oro): taking a concern in and screening it."""
