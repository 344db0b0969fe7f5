# case: adds self loops when a Python config flag from __init__ is True (resolved at compile time); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def add_self_loops(src, dst, num_nodes):
    loop = ops.arange(num_nodes, dtype=src.dtype)
    return ops.concat((src, loop)), ops.concat((dst, loop))


class GCNConv(nn.Cell):
    def __init__(self, num_nodes=8, dim=4, self_loops=True):
        super().__init__()
        self.num_nodes = num_nodes
        self.self_loops = self_loops
        self.lin = nn.Dense(dim, dim)

    def construct(self, x, src, dst):
        if self.self_loops:
            src, dst = add_self_loops(src, dst, self.num_nodes)
        h = self.lin(x)
        msg = ops.gather(h, src, 0)
        return ops.unsorted_segment_sum(msg, dst, self.num_nodes)


def make():
    rng = np.random.RandomState(40)
    x = Tensor(rng.randn(8, 4).astype(np.float32))
    src = Tensor(rng.randint(0, 8, 20).astype(np.int32))
    dst = Tensor(rng.randint(0, 8, 20).astype(np.int32))
    return GCNConv(), (x, src, dst)
