# case: multi-head (multi-vector) dense retriever loops over an nn.CellList of projection heads and fuses their score matrices by a config-chosen reduction -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjectionHead(nn.Cell):
    def __init__(self, dim, out_dim):
        super().__init__()
        self.proj = nn.Dense(dim, out_dim)
        self.norm = nn.LayerNorm((out_dim,))

    def construct(self, x):
        return ops.L2Normalize(axis=-1)(self.norm(self.proj(x)))


class MultiHeadRetriever(nn.Cell):
    def __init__(self, dim=12, out_dim=6, num_heads=3, fusion="max"):
        super().__init__()
        self.heads = nn.CellList([ProjectionHead(dim, out_dim) for _ in range(num_heads)])
        self.fusion = fusion

    def construct(self, queries, docs):
        per_head = []
        for head in self.heads:
            per_head.append(ops.matmul(head(queries), head(docs).T))
        stacked = ops.stack(per_head, axis=0)
        if self.fusion == "max":
            return stacked.max(axis=0)
        return stacked.mean(axis=0)


def make():
    np.random.seed(34)
    q = Tensor(np.random.randn(3, 12).astype(np.float32))
    d = Tensor(np.random.randn(5, 12).astype(np.float32))
    return MultiHeadRetriever(), (q, d)
