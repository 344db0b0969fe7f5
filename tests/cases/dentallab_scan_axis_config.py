# case: intraoral scan profiler collapses the height map along a reduction axis chosen by a config string at build time -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXIS_FOR = {"mesiodistal": 1, "buccolingual": 0}


class ArchProfile(nn.Cell):
    def __init__(self, direction="mesiodistal", clip_mm=12.0):
        super().__init__()
        self.axis = AXIS_FOR[direction]
        self.clip_mm = clip_mm

    def construct(self, height_map):
        h = ops.clamp(height_map, 0.0, self.clip_mm)
        profile = h.max(axis=self.axis)
        mean_profile = h.mean(axis=(0, 1))
        return profile - profile.min(), mean_profile


def make():
    np.random.seed(334)
    hm = np.abs(np.random.randn(24, 40)).astype(np.float32) * 5.0
    return ArchProfile(), (Tensor(hm),)
