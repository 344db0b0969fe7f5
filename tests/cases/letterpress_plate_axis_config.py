# case: sum plate-scan ink along a profile axis chosen by a constructor flag -> reduce axis is a Python constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlateProfile(nn.Cell):
    def __init__(self, dot_gain=0.12, along_rows=True):
        super().__init__()
        self.dot_gain = dot_gain
        self.axis = 1 if along_rows else 0

    def apply_gain(self, scan):
        return scan + self.dot_gain * scan * (1.0 - scan)

    def construct(self, scan):
        gained = self.apply_gain(scan)
        profile = gained.sum(axis=self.axis)
        return profile / scan.shape[self.axis]


def make():
    np.random.seed(152)
    scan = np.random.rand(18, 24).astype(np.float32)
    return PlateProfile(along_rows=False), (Tensor(scan),)
