"""Erasure (Art. 17): the plan, the run, the purge of kept records and their retention."""
