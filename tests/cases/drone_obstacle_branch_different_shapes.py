# case: returns the close obstacle points when any are detected, otherwise a single dummy zero point, chosen by an if on a tensor -> branches with different shapes under a tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloseObstacleReport(nn.Cell):
    def __init__(self, warn_range=2.5):
        super().__init__()
        self.warn_range = warn_range

    def construct(self, points):
        dist = ops.norm(points, dim=1)
        close = dist < self.warn_range
        if close.any():
            report = points[:4] * close[:4].astype(ms.float32).expand_dims(1)
        else:
            report = ops.zeros((1, 3), ms.float32)
        return report


def make():
    np.random.seed(23)
    pts = np.random.uniform(-4, 4, size=(10, 3)).astype(np.float32)
    return CloseObstacleReport(), (Tensor(pts),)
