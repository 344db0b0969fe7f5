# case: cane-pull profile head returns the full diameter profile when the pull is even, but only the first half when the mean taper exceeds tolerance -> tensor if whose branches give different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CanePullProfile(nn.Cell):
    def __init__(self, n_points=40, taper_tol=0.05):
        super().__init__()
        self.taper_tol = taper_tol
        self.proj = nn.Dense(n_points, n_points)

    def taper(self, diam):
        return (diam[:, 1:] - diam[:, :-1]).abs().mean()

    def construct(self, diam):
        smooth = self.proj(diam)
        if self.taper(smooth) > self.taper_tol:
            out = smooth[:, :20]
        else:
            out = smooth
        return out * 2.0


def make():
    np.random.seed(131)
    ms.set_seed(131)
    d = np.random.uniform(4.0, 6.0, size=(2, 40)).astype(np.float32)
    return CanePullProfile(), (Tensor(d),)
