# case: depth camera profile step takes the max height along the belt-travel axis chosen by a config string at construction (camera mounted along or across) -> reduce axis is a Python int, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


MOUNT_AXIS = {"along": 0, "across": 1}


class HeightProfile(nn.Cell):
    def __init__(self, belt_depth=1200.0, mount="along"):
        super().__init__()
        self.belt_depth = belt_depth
        self.travel_axis = MOUNT_AXIS[mount]

    def heights(self, depth_map):
        return ops.relu(self.belt_depth - depth_map)

    def construct(self, depth_map):
        h = self.heights(depth_map)
        profile = h.max(axis=self.travel_axis)
        return profile, profile.max()


def make():
    np.random.seed(162)
    depth = np.full((24, 32), 1200.0, dtype=np.float32)
    depth[4:20, 10:25] -= 150.0
    depth += np.random.randn(24, 32).astype(np.float32)
    return HeightProfile(), (Tensor(depth),)
