"""Reading a document: a file's format and bytes → clean simplified-Chinese text → its outline → a :class:`~policykg.loaders.reading.document.Doc` ready for rules."""
