# case: estimate angle of arrival per frame from antenna phase difference with ops.atan2/ops.asin and clamp -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PhaseDiffAoA(nn.Cell):
    def __init__(self, spacing_wl=0.5):
        super().__init__()
        self.k = 1.0 / (2 * math.pi * spacing_wl)
        self.rad2deg = 180.0 / math.pi

    def cross(self, re0, im0, re1, im1):
        cr = (re0 * re1 + im0 * im1).sum(axis=-1)
        ci = (re0 * im1 - im0 * re1).sum(axis=-1)
        return cr, ci

    def construct(self, re0, im0, re1, im1):
        cr, ci = self.cross(re0, im0, re1, im1)
        dphi = ops.atan2(ci, cr)
        s = ops.clamp(dphi * self.k, -1.0, 1.0)
        return ops.asin(s) * self.rad2deg


def make():
    np.random.seed(11)
    args = tuple(Tensor(np.random.randn(3, 16).astype(np.float32)) for _ in range(4))
    return PhaseDiffAoA(), args
