# case: shot events flagged per frame with ops.where against a threshold, keeping a fixed-length output -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShotFlagger(nn.Cell):
    def __init__(self, speed_thresh=2.5, min_height=0.5):
        super().__init__()
        self.speed_thresh = speed_thresh
        self.min_height = min_height

    def construct(self, ball_xyz):
        d = ball_xyz[1:, :2] - ball_xyz[:-1, :2]
        speed = ops.norm(d, dim=1)
        lifted = ball_xyz[1:, 2] > self.min_height
        fast = speed > self.speed_thresh
        shot = ops.logical_and(fast, lifted)
        score = ops.where(shot, speed, ops.zeros_like(speed))
        return score, shot.astype(ms.int32).sum()


def make():
    np.random.seed(3)
    xyz = np.abs(np.cumsum(np.random.randn(40, 3), axis=0)).astype(np.float32)
    return ShotFlagger(), (Tensor(xyz),)
