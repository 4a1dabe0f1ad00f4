"""The Situation picture section (lägesbild) and incidents against staff."""
