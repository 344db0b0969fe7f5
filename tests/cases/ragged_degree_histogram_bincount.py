# case: node-degree features from bincount over the edge source list, without a fixed minlength tied to the node count -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DegreeEncoder(nn.Cell):
    """Adds a learned embedding of (clipped) in-degree to each node's features."""

    def __init__(self, dim=4, max_degree=6, use_log_degree=False):
        super().__init__()
        self.max_degree = max_degree
        self.use_log_degree = use_log_degree
        self.degree_embed = nn.Embedding(max_degree + 1, dim)

    def degrees(self, dst):
        counts = ops.bincount(dst)
        return ops.clamp(counts, max=self.max_degree)

    def construct(self, x, dst):
        deg = self.degrees(dst)
        emb = self.degree_embed(deg.astype(ms.int32))
        if self.use_log_degree:
            emb = emb * ops.log1p(deg.astype(ms.float32)).expand_dims(-1)
        return x[:deg.shape[0]] + emb


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    dst = Tensor(np.array([0, 1, 1, 2, 4, 4, 4, 3, 1], dtype=np.int32))
    return DegreeEncoder(), (x, dst)
