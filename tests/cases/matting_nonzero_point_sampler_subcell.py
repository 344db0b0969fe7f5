# case: sub-Cell samples features at unknown-pixel coordinates found with nonzero and gather_nd, head averages them -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnknownPointSampler(nn.Cell):
    def __init__(self, low=0.1, high=0.9):
        super().__init__()
        self.low = low
        self.high = high

    def construct(self, feats, alpha):
        # feats: (H, W, C), alpha: (H, W)
        unknown = ops.logical_and(alpha > self.low, alpha < self.high)
        coords = ops.nonzero(unknown)
        return ops.gather_nd(feats, coords)


class PointMattingHead(nn.Cell):
    def __init__(self, channels=6):
        super().__init__()
        self.sampler = UnknownPointSampler()
        self.proj = nn.Dense(channels, 1)

    def construct(self, feats, alpha):
        pts = self.sampler(feats, alpha)
        refined = ops.sigmoid(self.proj(pts))
        return refined.mean()


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(10, 10, 6).astype(np.float32))
    alpha = Tensor(np.random.rand(10, 10).astype(np.float32))
    return PointMattingHead(), (feats, alpha)
