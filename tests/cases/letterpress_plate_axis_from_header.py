# case: sum plate-scan ink along the axis named in the scanner header tensor (0 = columns, 1 = rows) -> reduce axis taken from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlateProfile(nn.Cell):
    def __init__(self, dot_gain=0.12):
        super().__init__()
        self.dot_gain = dot_gain

    def apply_gain(self, scan):
        return scan + self.dot_gain * scan * (1.0 - scan)

    def construct(self, scan, scan_header):
        axis = int(scan_header[1])
        gained = self.apply_gain(scan)
        return gained.sum(axis=axis)


def make():
    np.random.seed(151)
    scan = np.random.rand(18, 24).astype(np.float32)
    header = np.array([300, 1], dtype=np.int32)
    return PlateProfile(), (Tensor(scan), Tensor(header))
