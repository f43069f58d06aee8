"""The genre's words: general vocabularies, word boundaries and tags, technology names by their head, and the shape every extracted name must have."""
