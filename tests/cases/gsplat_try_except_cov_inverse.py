# case: wraps the 2D covariance inversion of projected splats in try/except to fall back to an isotropic conic -> try/except in construct is not supported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConicFromCov(nn.Cell):
    def __init__(self, blur=0.3):
        super().__init__()
        self.blur = blur

    def construct(self, cov2d):
        a = cov2d[:, 0] + self.blur
        b = cov2d[:, 1]
        c = cov2d[:, 2] + self.blur
        try:
            det = a * c - b * b
            inv_det = 1.0 / det
            conic = ops.stack([c * inv_det, -b * inv_det, a * inv_det], axis=-1)
        except ZeroDivisionError:
            conic = ops.ones_like(cov2d)
        return conic


def make():
    np.random.seed(17)
    a = np.random.uniform(0.5, 2.0, (15,))
    c = np.random.uniform(0.5, 2.0, (15,))
    b = np.random.uniform(-0.3, 0.3, (15,))
    cov = np.stack([a, b, c], axis=-1).astype(np.float32)
    return ConicFromCov(), (Tensor(cov),)
