"""Developer tools: benchmarks (also of the HTML views), the synthetic corpus and its recall scoring, the
docs' screenshots (nothing but the CLI imports these)."""
