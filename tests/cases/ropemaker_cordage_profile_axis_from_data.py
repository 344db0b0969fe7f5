# case: average a rope diameter scan over the axis chosen by a mode tensor sent by the gauge (0 = along the rope, 1 = around the circumference) -> reduction axis from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiameterProfile(nn.Cell):
    def __init__(self, nominal_mm=16.0):
        super().__init__()
        self.nominal_mm = nominal_mm

    def construct(self, scan_mm, mode):
        axis = int(mode)
        profile = scan_mm.mean(axis=axis)
        ovality = scan_mm.max(axis=axis) - scan_mm.min(axis=axis)
        return profile - self.nominal_mm, ovality


def make():
    np.random.seed(191)
    scan = np.random.normal(16.0, 0.2, size=(30, 8)).astype(np.float32)
    mode = Tensor(np.array(1, dtype=np.int32))
    return DiameterProfile(), (Tensor(scan), mode)
