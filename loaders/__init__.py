"""Extraction: a policy document (path or text) → a sourced policy digest.

>>> d = extract("到2030年，建设15个左右未来产业先导区。", doc_id="demo")
>>> [(t["year"], t["value"], t["unit"]) for t in d["targets"]]
[(2030, 15, '个')]
"""

from policykg.loaders.extract import RULES, extract, extract_text

__all__ = ["extract", "extract_text", "RULES"]
