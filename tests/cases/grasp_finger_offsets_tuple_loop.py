# case: places fingertip positions for a three-finger gripper by looping over a constant tuple of angular offsets and rotating the approach frame, stacking results -> constant loop over a tuple, static in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FingertipPlacer(nn.Cell):
    def __init__(self, offsets_deg=(0.0, 120.0, 240.0), radius=0.04):
        super().__init__()
        self.offsets = tuple(math.radians(a) for a in offsets_deg)
        self.radius = radius

    def construct(self, grasp_center, yaw):
        tips = []
        for off in self.offsets:
            ang = yaw + off
            dx = self.radius * ops.cos(ang)
            dy = self.radius * ops.sin(ang)
            tips.append(grasp_center + ops.stack([dx, dy, ops.zeros_like(dx)]))
        return ops.stack(tips)


def make():
    np.random.seed(39)
    center = Tensor(np.array([0.5, 0.0, 0.1], np.float32))
    yaw = Tensor(np.array(0.3, np.float32))
    return FingertipPlacer(), (center, yaw)
