# case: edge dropout keeps edges whose weight exceeds a threshold via masked_select, then aggregates; expect dynamic at LAX and STRICT
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
        keep = weight > self.threshold
        src_k = ops.masked_select(src, keep)
        dst_k = ops.masked_select(dst, keep)
        w_k = ops.masked_select(weight, keep).reshape(-1, 1)
        msg = ops.gather(self.lin(x), src_k, 0) * w_k
        return ops.unsorted_segment_sum(msg, dst_k, self.num_nodes)


def make():
    rng = np.random.RandomState(3)
    x = Tensor(rng.randn(10, 4).astype(np.float32))
    src = Tensor(rng.randint(0, 10, 24).astype(np.int32))
    dst = Tensor(rng.randint(0, 10, 24).astype(np.int32))
    w = Tensor(rng.rand(24).astype(np.float32))
    return EdgeFilterConv(10, 4), (x, src, dst, w)
