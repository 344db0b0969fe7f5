# case: node degree computed as one_hot(dst, num_nodes).sum(0) with num_nodes from __init__; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DegreeNorm(nn.Cell):
    def __init__(self, num_nodes=10):
        super().__init__()
        self.num_nodes = num_nodes
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, x, src, dst):
        deg = ops.one_hot(dst, self.num_nodes, self.on, self.off).sum(0)
        inv = ops.rsqrt(ops.clamp(deg, min=1.0))
        msg = x[src] * inv[src].reshape(-1, 1)
        out = ops.unsorted_segment_sum(msg, dst, self.num_nodes)
        return out * inv.reshape(-1, 1)


def make():
    rng = np.random.RandomState(22)
    x = Tensor(rng.randn(10, 4).astype(np.float32))
    src = Tensor(rng.randint(0, 10, 25).astype(np.int32))
    dst = Tensor(rng.randint(0, 10, 25).astype(np.int32))
    return DegreeNorm(), (x, src, dst)
