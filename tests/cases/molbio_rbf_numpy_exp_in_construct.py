# case: radial basis expansion that calls np.exp / np.cos on tensors inside construct for the smooth cutoff -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BesselishRBF(nn.Cell):
    def __init__(self, num_rbf=6, cutoff=5.0, smooth=True):
        super().__init__()
        self.cutoff = cutoff
        self.smooth = smooth
        self.centers = Tensor(np.linspace(0.5, cutoff, num_rbf).astype(np.float32))
        self.width = Tensor(np.float32(0.5))

    def envelope(self, d):
        return 0.5 * (np.cos(np.pi * d / self.cutoff) + 1.0)

    def construct(self, dist):
        d = dist[..., None]
        rbf = np.exp(-((d - self.centers) ** 2) / self.width)
        if self.smooth:
            rbf = rbf * self.envelope(d)
        return rbf


def make():
    np.random.seed(14)
    dist = Tensor((np.random.rand(4, 4) * 5.0).astype(np.float32))
    return BesselishRBF(), (dist,)
