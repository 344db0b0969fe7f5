# case: if the mean curve radius is tight, scale the wear features up, otherwise leave them; both branches keep the shape -> tensor-valued if with same shapes, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurveAwareWearScaled(nn.Cell):
    def __init__(self, tight_radius_m=50.0, curve_factor=1.8):
        super().__init__()
        self.tight = tight_radius_m
        self.curve_factor = curve_factor
        self.weights = Tensor(np.linspace(0.5, 1.5, 8).astype(np.float32))

    def construct(self, features, radius_m):
        if radius_m.mean() < self.tight:
            used = features * self.curve_factor
        else:
            used = features
        score = (used * self.weights).sum(axis=1)
        return ops.sigmoid(score)


def make():
    np.random.seed(3084)
    f = np.random.randn(20, 8).astype(np.float32)
    r = np.random.uniform(25, 400, size=(20,)).astype(np.float32)
    return CurveAwareWearScaled(), (Tensor(f), Tensor(r))
