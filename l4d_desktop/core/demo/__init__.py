"""Made-up Finnish customers for trying the program and for the benchmarks."""
