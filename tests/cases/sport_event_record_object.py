# case: construct builds and returns a plain Python ShotEvent object holding tensors for frame, speed and xG -> plain Python object created and returned from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShotEvent:
    def __init__(self, frame, speed, xg):
        self.frame = frame
        self.speed = speed
        self.xg = xg


class ShotSummariser(nn.Cell):
    def __init__(self, goal=(105.0, 34.0)):
        super().__init__()
        self.goal = Tensor(np.array(goal, np.float32))

    def construct(self, ball_xy):
        d = ops.norm(ball_xy[1:] - ball_xy[:-1], dim=1)
        frame = d.argmax()
        dist_goal = ops.norm(ball_xy[frame] - self.goal)
        xg = ops.sigmoid(2.0 - 0.15 * dist_goal)
        return ShotEvent(frame, d.max(), xg)


def make():
    np.random.seed(30)
    xy = (np.cumsum(np.random.randn(30, 2), axis=0) + [80, 34]).astype(np.float32)
    return ShotSummariser(), (Tensor(xy),)
