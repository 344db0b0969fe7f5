# case: same maybe_num_nodes helper with a .max() fallback, but the layer always passes x.shape[0] so the data-dependent path is never reached -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


def maybe_num_nodes(edge_index, num_nodes: Optional[int] = None):
    if num_nodes is not None:
        return num_nodes
    return int(edge_index.max()) + 1


def scatter(src, index, dim_size=None, reduce="sum"):
    n = maybe_num_nodes(index, dim_size)
    out = ops.unsorted_segment_sum(src, index, n)
    if reduce == "mean":
        cnt = ops.unsorted_segment_sum(ops.ones((src.shape[0], 1), src.dtype), index, n)
        out = out / ops.maximum(cnt, ops.ones_like(cnt))
    return out


class GraphConv(nn.Cell):
    def __init__(self, in_dim, out_dim, aggr="mean", root_weight=True):
        super().__init__()
        self.aggr = aggr
        self.root_weight = root_weight
        self.lin_rel = nn.Dense(in_dim, out_dim)
        self.lin_root = nn.Dense(in_dim, out_dim, has_bias=False) if root_weight else None

    def construct(self, x, edge_index):
        msg = x[edge_index[0]]
        out = self.lin_rel(scatter(msg, edge_index[1], dim_size=x.shape[0], reduce=self.aggr))
        if self.lin_root is not None:
            out = out + self.lin_root(x)
        return out


def make():
    np.random.seed(3438)
    n, e = 13, 34
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return GraphConv(8, 16), (x, ei)
