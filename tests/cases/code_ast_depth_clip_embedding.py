# case: AST node embedding clips node depth and sibling index to table sizes before lookup -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TreePositionEmbedding(nn.Cell):
    """Node type + clipped depth + clipped sibling-position embeddings."""

    def __init__(self, num_types=25, dim=12, max_depth=6, max_siblings=4, scale=True):
        super().__init__()
        self.max_depth = max_depth
        self.max_siblings = max_siblings
        self.scale = dim ** 0.5 if scale else 1.0
        self.types = nn.Embedding(num_types, dim)
        self.depth = nn.Embedding(max_depth, dim)
        self.sibling = nn.Embedding(max_siblings, dim)

    def _clip(self, ids, size):
        return ops.clip_by_value(ids, Tensor(0, ms.int32), Tensor(size - 1, ms.int32))

    def construct(self, node_types, depths, sibling_idx):
        h = self.types(node_types) * self.scale
        h = h + self.depth(self._clip(depths, self.max_depth))
        h = h + self.sibling(self._clip(sibling_idx, self.max_siblings))
        return h


def make():
    np.random.seed(0)
    t = Tensor(np.random.randint(0, 25, size=(2, 8)).astype(np.int32))
    d = Tensor(np.random.randint(0, 10, size=(2, 8)).astype(np.int32))
    s = Tensor(np.random.randint(0, 7, size=(2, 8)).astype(np.int32))
    return TreePositionEmbedding(), (t, d, s)
