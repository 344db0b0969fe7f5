# case: training-time rotation augmentation of pen trajectories wrapped in try/except that falls back to the identity when the rotation fails -> try statement inside construct, expect Graph mode to refuse
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AugmentConfig:
    max_rotation_deg = 15.0
    apply_augment = True


def rotation_matrix(theta):
    c, s = ops.cos(theta), ops.sin(theta)
    return ops.stack((ops.stack((c, -s)), ops.stack((s, c))))


class RandomRotation(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config or AugmentConfig()
        self.max_rad = config.max_rotation_deg * math.pi / 180.0
        self.apply_augment = config.apply_augment

    def construct(self, strokes, theta):
        if not (self.training and self.apply_augment):
            return strokes
        xy, pen = strokes[..., :2], strokes[..., 2:]
        try:
            rot = rotation_matrix(ops.clamp(theta, -self.max_rad, self.max_rad))
            xy = ops.matmul(xy, rot.T)
        except ValueError:
            pass
        return ops.concat((xy, pen), axis=-1)


def make():
    np.random.seed(3714)
    strokes = Tensor(np.random.randn(2, 16, 3).astype(np.float32))
    theta = Tensor(np.float32(0.1))
    cell = RandomRotation()
    cell.set_train(True)
    return cell, (strokes, theta)
