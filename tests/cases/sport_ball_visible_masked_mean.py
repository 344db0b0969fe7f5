# case: ball speed averaged over frames where both endpoints are visible, using a float mask multiply -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedBallSpeed(nn.Cell):
    def __init__(self, fps=25.0, eps=1e-6):
        super().__init__()
        self.fps = fps
        self.eps = eps

    def step_speed(self, xy):
        d = xy[1:] - xy[:-1]
        return ops.sqrt((d * d).sum(axis=1) + self.eps) * self.fps

    def construct(self, track, visible):
        speed = self.step_speed(track)
        both = ops.logical_and(visible[1:], visible[:-1]).astype(ms.float32)
        total = (speed * both).sum()
        return total / (both.sum() + self.eps)


def make():
    np.random.seed(1)
    T = 30
    track = Tensor(np.cumsum(np.random.randn(T, 2), axis=0).astype(np.float32))
    vis = np.random.rand(T) > 0.2
    return MaskedBallSpeed(), (track, Tensor(vis))
