# case: adds self loops only when a tensor flag is set, so src/dst have different lengths in the two branches of a tensor if; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def add_self_loops(src, dst, num_nodes):
    loop = ops.arange(num_nodes, dtype=src.dtype)
    return ops.concat((src, loop)), ops.concat((dst, loop))


class GCNConv(nn.Cell):
    def __init__(self, num_nodes=8, dim=4):
        super().__init__()
        self.num_nodes = num_nodes
        self.lin = nn.Dense(dim, dim)

    def construct(self, x, src, dst, use_loops):
        if use_loops > 0:
            src, dst = add_self_loops(src, dst, self.num_nodes)
        h = self.lin(x)
        msg = ops.gather(h, src, 0)
        return ops.unsorted_segment_sum(msg, dst, self.num_nodes)


def make():
    rng = np.random.RandomState(40)
    x = Tensor(rng.randn(8, 4).astype(np.float32))
    src = Tensor(rng.randint(0, 8, 20).astype(np.int32))
    dst = Tensor(rng.randint(0, 8, 20).astype(np.int32))
    return GCNConv(), (x, src, dst, Tensor(1, ms.int32))
