# case: normalizes stroke coordinates by a scale computed with math.sqrt(float(variance)) of the tensor -> host float/math on tensor value
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkNormalizer(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, points):
        xy = points[:, :2]
        centered = xy - xy.mean(0)
        var = (centered ** 2).mean()
        scale = math.sqrt(float(var) + self.eps)
        out = centered / scale
        return ops.concat((out, points[:, 2:]), 1)


def make():
    np.random.seed(12)
    pts = np.random.rand(14, 3).astype(np.float32) * 50
    pts[:, 2] = (np.random.rand(14) > 0.8).astype(np.float32)
    return InkNormalizer(), (Tensor(pts),)
