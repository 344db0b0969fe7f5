# case: ms.jit helper computes a robust residual loss by dropping outlier collocation points with a boolean mask index -> boolean mask indexing inside a jit function, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

OUTLIER_SIGMA = 2.0


def _zscore(r):
    return (r - r.mean()) / (r.std() + 1e-8)


@ms.jit
def robust_residual_loss(residual):
    keep = ops.abs(_zscore(residual)) < OUTLIER_SIGMA
    inliers = residual[keep]
    return (inliers * inliers).mean()


def make():
    np.random.seed(28)
    r = np.random.randn(200).astype(np.float32)
    r[::37] *= 10.0
    return robust_residual_loss, (Tensor(r),)
