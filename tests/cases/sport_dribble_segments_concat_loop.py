# case: loop over frames and concatenate the ball position to a growing tensor only when the carrier is dribbling (tensor condition) -> tensor grown in a data-dependent for loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DribblePath(nn.Cell):
    def __init__(self, n_frames=12, carry_radius=1.0):
        super().__init__()
        self.n_frames = n_frames
        self.carry_radius = carry_radius

    def construct(self, ball_xy, carrier_xy):
        path = ball_xy[0:1]
        for i in range(1, self.n_frames):
            gap = ops.norm(ball_xy[i] - carrier_xy[i])
            if gap < self.carry_radius:
                path = ops.concat([path, ball_xy[i:i + 1]], axis=0)
        return path


def make():
    np.random.seed(31)
    ball = np.cumsum(np.random.randn(12, 2), axis=0).astype(np.float32)
    carrier = (ball + np.random.randn(12, 2) * 0.8).astype(np.float32)
    return DribblePath(), (Tensor(ball), Tensor(carrier))
