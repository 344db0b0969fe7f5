# case: if the mean curve radius sensed is tight, keep only the first four wear features, otherwise all of them, then score -> tensor-valued if with branches of different shapes, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurveAwareWear(nn.Cell):
    def __init__(self, tight_radius_m=50.0):
        super().__init__()
        self.tight = tight_radius_m
        self.scale = Tensor(np.linspace(0.5, 1.5, 8).astype(np.float32))

    def construct(self, features, radius_m):
        if radius_m.mean() < self.tight:
            used = features[:, :4]
        else:
            used = features
        w = self.scale[:used.shape[1]]
        score = (used * w).sum(axis=1)
        return ops.sigmoid(score)


def make():
    np.random.seed(3083)
    f = np.random.randn(20, 8).astype(np.float32)
    r = np.random.uniform(25, 400, size=(20,)).astype(np.float32)
    return CurveAwareWear(), (Tensor(f), Tensor(r))
