# case: intraoral scan profiler collapses the height map along the axis named by the scanner's orientation tensor (int(tensor) as reduce axis) -> graph mode should reject or go dynamic on the data-dependent axis
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArchProfile(nn.Cell):
    def __init__(self, clip_mm=12.0):
        super().__init__()
        self.clip_mm = clip_mm

    def construct(self, height_map, scan_axis):
        h = ops.clamp(height_map, 0.0, self.clip_mm)
        axis = int(scan_axis)
        profile = h.max(axis=axis)
        return profile - profile.min()


def make():
    np.random.seed(333)
    hm = np.abs(np.random.randn(24, 40)).astype(np.float32) * 5.0
    return ArchProfile(), (Tensor(hm), Tensor(np.array(1, np.int32)))
