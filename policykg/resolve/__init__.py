"""Entity resolution: digests → one PolicyGraph (builder, field vocabulary, divisions, merge report)."""
