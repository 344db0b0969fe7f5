# case: edge dropout implemented by multiplying messages by a float mask (weight > threshold) instead of filtering; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeFilterConv(nn.Cell):
    def __init__(self, num_nodes, dim, threshold=0.3):
        super().__init__()
        self.num_nodes = num_nodes
        self.threshold = threshold
        self.lin = nn.Dense(dim, dim)

    def construct(self, x, src, dst, weight):
        keep = (weight > self.threshold).astype(ms.float32)
        w = (weight * keep).reshape(-1, 1)
        msg = ops.gather(self.lin(x), src, 0) * w
        out = ops.unsorted_segment_sum(msg, dst, self.num_nodes)
        norm = ops.unsorted_segment_sum(w, dst, self.num_nodes)
        return out / (norm + 1e-6)


def make():
    rng = np.random.RandomState(3)
    x = Tensor(rng.randn(10, 4).astype(np.float32))
    src = Tensor(rng.randint(0, 10, 24).astype(np.int32))
    dst = Tensor(rng.randint(0, 10, 24).astype(np.int32))
    w = Tensor(rng.rand(24).astype(np.float32))
    return EdgeFilterConv(10, 4), (x, src, dst, w)
