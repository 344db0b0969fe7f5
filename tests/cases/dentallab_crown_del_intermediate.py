# case: crown thickness estimator deletes its large intermediate distance tensor with del inside construct to save memory -> graph mode may reject the del statement
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_dist(a, b):
    diff = a.expand_dims(1) - b.expand_dims(0)
    return ops.sqrt((diff * diff).sum(axis=-1) + 1e-9)


class CrownThickness(nn.Cell):
    def __init__(self, min_zirconia_mm=0.5):
        super().__init__()
        self.min_mm = min_zirconia_mm

    def construct(self, outer_pts, inner_pts):
        dist = pairwise_dist(outer_pts, inner_pts)
        thickness = dist.min(axis=1)
        del dist
        too_thin = (thickness < self.min_mm).astype(ms.float32)
        return thickness, too_thin.sum()


def make():
    np.random.seed(338)
    inner = np.random.randn(80, 3).astype(np.float32) * 3.0
    outer = inner * 1.2 + np.random.randn(80, 3).astype(np.float32) * 0.05
    return CrownThickness(), (Tensor(outer), Tensor(inner))
