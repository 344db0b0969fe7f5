# case: reed tongue curvature model keeps the front half of the tongue profile using x.shape[0] // 2 and a config trim -> slice bounds from static shape, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TongueCurvature(nn.Cell):
    def __init__(self, trim_tip=2, stiffness=1.8):
        super().__init__()
        self.trim_tip = trim_tip
        self.stiffness = stiffness

    def curvature(self, profile):
        d1 = profile[1:] - profile[:-1]
        return d1[1:] - d1[:-1]

    def construct(self, profile_mm):
        half = profile_mm.shape[0] // 2
        front = profile_mm[:half - self.trim_tip]
        k = self.curvature(front)
        return self.stiffness * (k * k).sum(), front


def make():
    np.random.seed(344)
    x = np.linspace(0.0, 1.0, 40)
    prof = (0.8 * x ** 2 + 0.01 * np.random.randn(40)).astype(np.float32)
    return TongueCurvature(), (Tensor(prof),)
