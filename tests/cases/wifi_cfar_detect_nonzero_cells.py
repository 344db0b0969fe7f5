# case: cell-averaging CFAR on a range profile then nonzero() to list detected range bins -> dynamic shape (nonzero)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CACFAR1D(nn.Cell):
    def __init__(self, n_train=4, n_guard=1, scale=3.0):
        super().__init__()
        k = 2 * (n_train + n_guard) + 1
        kernel = np.ones(k, dtype=np.float32)
        kernel[n_train:n_train + 2 * n_guard + 1] = 0.0
        kernel /= kernel.sum()
        self.kernel = Tensor(kernel.reshape(1, 1, k))
        self.pad = n_train + n_guard
        self.scale = scale

    def construct(self, profile):
        x = profile.reshape(1, 1, -1)
        x = ops.pad(x, (self.pad, self.pad), mode="reflect")
        noise = ops.conv1d(x, self.kernel).reshape(-1)
        hits = profile > noise * self.scale
        idx = ops.nonzero(hits)
        return idx.reshape(-1), noise


def make():
    np.random.seed(2)
    prof = np.abs(np.random.randn(48)).astype(np.float32)
    prof[[10, 30]] += 12.0
    return CACFAR1D(), (Tensor(prof),)
