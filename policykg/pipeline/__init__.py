"""The build pipeline: input files → digests → PolicyGraph → build folder."""
