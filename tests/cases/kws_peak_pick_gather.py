# case: peak picking on keyword confidence (local maxima above threshold) then gathers the peak embeddings by index -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def local_maxima(x):
    """x: (T,) -> bool mask of strict local maxima."""
    left = ops.concat((x[:1] - 1.0, x[:-1]))
    right = ops.concat((x[1:], x[-1:] - 1.0))
    return ops.logical_and(x > left, x >= right)


class PeakEmbeddings(nn.Cell):
    def __init__(self, dim=10, threshold=0.3):
        super().__init__()
        self.conf = nn.Dense(dim, 1)
        self.threshold = threshold
        self.norm = nn.LayerNorm((dim,))

    def construct(self, h):
        conf = ops.sigmoid(self.conf(h)).squeeze(-1)
        peaks = ops.logical_and(local_maxima(conf), conf > self.threshold)
        idx = ops.nonzero(peaks).squeeze(-1)
        return self.norm(ops.gather(h, idx, 0))


def make():
    np.random.seed(20)
    h = np.random.randn(40, 10).astype(np.float32)
    return PeakEmbeddings(), (Tensor(h),)
