"""Developer tools: benchmarks, the synthetic corpus and its recall scoring (nothing else imports these)."""
