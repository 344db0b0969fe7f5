# case: ball track with missed frames; take visible positions by masked_select and average speed -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BallSpeedEstimator(nn.Cell):
    def __init__(self, fps=25.0):
        super().__init__()
        self.fps = fps

    def step_speed(self, xy):
        d = xy[1:] - xy[:-1]
        return ops.sqrt((d * d).sum(axis=1)) * self.fps

    def construct(self, track, visible):
        speed = self.step_speed(track)
        both = ops.logical_and(visible[1:], visible[:-1])
        valid_speed = ops.masked_select(speed, both)
        return valid_speed.mean()


def make():
    np.random.seed(1)
    T = 30
    track = Tensor(np.cumsum(np.random.randn(T, 2), axis=0).astype(np.float32))
    vis = np.random.rand(T) > 0.2
    vis[:3] = True
    return BallSpeedEstimator(), (track, Tensor(vis))
