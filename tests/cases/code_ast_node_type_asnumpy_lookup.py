# case: AST node embedder remaps raw node-type ids through a NumPy table after .asnumpy() in construct -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ASTNodeEmbedder(nn.Cell):
    """Embeds AST nodes from (node type, depth); rare node types share one bucket."""

    def __init__(self, raw_types=50, kept_types=10, max_depth=8, dim=12):
        super().__init__()
        remap = np.full(raw_types, kept_types, np.int32)
        remap[:kept_types] = np.arange(kept_types)
        self.remap = remap
        self.type_embed = nn.Embedding(kept_types + 1, dim)
        self.depth_embed = nn.Embedding(max_depth, dim)
        self.norm = nn.LayerNorm((dim,))

    def _bucket(self, node_types):
        raw = node_types.asnumpy()
        return Tensor(self.remap[raw])

    def construct(self, node_types, depths):
        types = self._bucket(node_types)
        h = self.type_embed(types) + self.depth_embed(depths)
        return self.norm(h)


def make():
    np.random.seed(0)
    node_types = Tensor(np.random.randint(0, 50, size=(2, 9)).astype(np.int32))
    depths = Tensor(np.random.randint(0, 8, size=(2, 9)).astype(np.int32))
    return ASTNodeEmbedder(), (node_types, depths)
