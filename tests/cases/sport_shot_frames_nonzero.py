# case: detect shot events as frames where ball speed exceeds a threshold and return their frame indices via nonzero -> dynamic shape (nonzero)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShotDetector(nn.Cell):
    def __init__(self, speed_thresh=2.5):
        super().__init__()
        self.speed_thresh = speed_thresh

    def construct(self, ball_xy):
        d = ball_xy[1:] - ball_xy[:-1]
        speed = ops.norm(d, dim=1)
        is_shot = speed > self.speed_thresh
        frames = ops.nonzero(is_shot).squeeze(-1)
        return frames + 1


def make():
    np.random.seed(2)
    xy = np.cumsum(np.random.randn(40, 2) * 1.5, axis=0).astype(np.float32)
    return ShotDetector(), (Tensor(xy),)
