# case: GCN layer computes node degrees with np.bincount on the edge tensor inside construct; expect error at STRICT, LAX may fall back to interpretation
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GCNLayer(nn.Cell):
    def __init__(self, din=8, dout=8):
        super().__init__()
        self.lin = nn.Dense(din, dout, has_bias=False)
        self.bias = ms.Parameter(Tensor(np.zeros(dout, np.float32)), name="bias")

    def construct(self, x, src, dst):
        n = x.shape[0]
        deg = np.bincount(dst, minlength=n)
        deg = Tensor(deg, ms.float32) + 1.0
        norm = ops.rsqrt(deg)
        h = self.lin(x)
        coef = ops.gather(norm, src, 0) * ops.gather(norm, dst, 0)
        msg = ops.gather(h, src, 0) * coef[:, None]
        out = ops.unsorted_segment_sum(msg, dst, n) + h * (norm * norm)[:, None]
        return ops.relu(out + self.bias)


def make():
    x = Tensor(np.random.randn(10, 8).astype(np.float32))
    src = Tensor(np.random.randint(0, 10, (25,)).astype(np.int32))
    dst = Tensor(np.random.randint(0, 10, (25,)).astype(np.int32))
    return GCNLayer(), (x, src, dst)
