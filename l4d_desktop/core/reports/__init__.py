"""Reports the controller keeps for accountability (Art. 5(2)): the yearly pack."""
