"""policykg: a knowledge graph of Chinese future-industry (未来产业) policy.

Pipeline: text → outline → facts with evidence (a digest) → :class:`PolicyGraph`
→ RDF / Neo4j / networkx / HTML.
"""

from policykg.errors import PolicyKGError
from policykg.model import Edge, Evidence, Node, PolicyGraph

__all__ = ["PolicyKGError", "PolicyGraph", "Node", "Edge", "Evidence"]
__version__ = "0.1.0"
