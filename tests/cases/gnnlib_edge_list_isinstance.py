# case: conv accepting the edge list either as a (src, dst) tuple or a stacked tensor, normalised with isinstance guards and a module-level helper -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_AGGR = "sum"


def to_edge_tensor(edges):
    if isinstance(edges, (list, tuple)):
        return ops.stack(tuple(edges), axis=0)
    return edges


class EdgeListConv(nn.Cell):
    def __init__(self, hidden=16, aggr=None, bias=True):
        super().__init__()
        self.aggr = aggr if aggr is not None else DEFAULT_AGGR
        self.lin = nn.Dense(hidden, hidden, has_bias=bias)

    def construct(self, x, edges, edge_weight=None):
        edge_index = to_edge_tensor(edges)
        msg = x[edge_index[0]]
        if isinstance(edge_weight, Tensor):
            msg = msg * edge_weight[:, None]
        out = ops.unsorted_segment_sum(msg, edge_index[1], x.shape[0])
        return self.lin(out)


class Wrapper(nn.Cell):
    def __init__(self, **kwargs):
        super().__init__()
        self.conv = EdgeListConv(**kwargs)

    def construct(self, x, src, dst):
        return self.conv(x, (src, dst))


def make():
    np.random.seed(3470)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    src = Tensor(np.random.randint(0, n, size=e).astype(np.int32))
    dst = Tensor(np.random.randint(0, n, size=e).astype(np.int32))
    return Wrapper(hidden=16, bias=False), (x, src, dst)
