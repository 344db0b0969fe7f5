# case: wraps the landing-zone scoring in try/except to fall back to hovering if the height map is bad -> try/except inside construct is not supported by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeLandingPlanner(nn.Cell):
    def __init__(self, max_slope=0.2):
        super().__init__()
        self.max_slope = max_slope

    def score(self, height):
        gx = ops.abs(height[:, 1:] - height[:, :-1]).mean()
        gy = ops.abs(height[1:, :] - height[:-1, :]).mean()
        return self.max_slope - ops.maximum(gx, gy)

    def construct(self, height, hover_cmd):
        try:
            s = self.score(height)
            cmd = hover_cmd * ops.sigmoid(-s * 10.0)
        except ValueError:
            cmd = hover_cmd
        return cmd


def make():
    np.random.seed(20)
    h = np.random.uniform(0.0, 0.3, size=(8, 8)).astype(np.float32)
    cmd = np.array([0.0, 0.0, -0.5], dtype=np.float32)
    return SafeLandingPlanner(), (Tensor(h), Tensor(cmd))
