# case: node degree computed with ops.bincount(dst, minlength=num_nodes) for normalisation; output length depends on data, expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, mint


class DegreeNorm(nn.Cell):
    def __init__(self, num_nodes=10):
        super().__init__()
        self.num_nodes = num_nodes

    def construct(self, x, src, dst):
        deg = ops.bincount(dst, minlength=self.num_nodes).astype(ms.float32)
        inv = mint.rsqrt(mint.clamp(deg, min=1.0))
        msg = x[src] * inv[src].reshape(-1, 1)
        out = ops.unsorted_segment_sum(msg, dst, self.num_nodes)
        return out * inv[:self.num_nodes].reshape(-1, 1)


def make():
    rng = np.random.RandomState(22)
    x = Tensor(rng.randn(10, 4).astype(np.float32))
    src = Tensor(rng.randint(0, 10, 25).astype(np.int32))
    dst = Tensor(rng.randint(0, 10, 25).astype(np.int32))
    return DegreeNorm(), (x, src, dst)
