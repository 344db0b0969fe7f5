# case: average a rope diameter scan over an axis chosen by a constructor config flag -> reduction axis is a Python constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiameterProfileCfg(nn.Cell):
    def __init__(self, nominal_mm=16.0, around_circumference=True):
        super().__init__()
        self.nominal_mm = nominal_mm
        self.axis = 1 if around_circumference else 0

    def construct(self, scan_mm):
        profile = scan_mm.mean(axis=self.axis)
        ovality = scan_mm.max(axis=self.axis) - scan_mm.min(axis=self.axis)
        return profile - self.nominal_mm, ovality


def make():
    np.random.seed(192)
    scan = np.random.normal(16.0, 0.2, size=(30, 8)).astype(np.float32)
    return DiameterProfileCfg(), (Tensor(scan),)
