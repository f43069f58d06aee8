"""After the rules: the corpus-level second pass (names typed in one document recognized in every other) and the learned screen of each digest item."""
