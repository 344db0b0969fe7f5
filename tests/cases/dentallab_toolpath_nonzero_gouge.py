# case: milling toolpath check lists the indices of path segments whose tool tip dips below the crown surface (ops.nonzero) -> graph mode should go dynamic or reject nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tool_tip_height(path_z, tool_radius, ball_end=True):
    if ball_end:
        return path_z - tool_radius
    return path_z


class GougeChecker(nn.Cell):
    def __init__(self, tool_radius=0.5, tolerance=0.01):
        super().__init__()
        self.tool_radius = tool_radius
        self.tolerance = tolerance

    def construct(self, path_z, surface_z):
        tip = tool_tip_height(path_z, self.tool_radius)
        depth = surface_z - tip
        gouged = depth > self.tolerance
        bad_segments = ops.nonzero(gouged)
        worst = depth.max()
        return bad_segments, worst


def make():
    np.random.seed(309)
    surf = np.sin(np.linspace(0, 6.28, 500)).astype(np.float32)
    path = surf + 0.5 + np.random.randn(500).astype(np.float32) * 0.02
    return GougeChecker(), (Tensor(path), Tensor(surf))
