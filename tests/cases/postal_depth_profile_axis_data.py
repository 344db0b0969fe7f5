# case: depth camera profile step takes the max height along the belt-travel axis, where the axis comes from a camera-orientation tensor converted with int() -> reduce axis from tensor value, rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeightProfile(nn.Cell):
    def __init__(self, belt_depth=1200.0):
        super().__init__()
        self.belt_depth = belt_depth

    def heights(self, depth_map):
        return ops.relu(self.belt_depth - depth_map)

    def construct(self, depth_map, travel_axis):
        h = self.heights(depth_map)
        axis = int(travel_axis)
        profile = h.max(axis=axis)
        return profile, profile.max()


def make():
    np.random.seed(161)
    depth = np.full((24, 32), 1200.0, dtype=np.float32)
    depth[4:20, 10:25] -= 150.0
    depth += np.random.randn(24, 32).astype(np.float32)
    return HeightProfile(), (Tensor(depth), Tensor(0, ms.int32))
