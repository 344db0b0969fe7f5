# case: computes the overall misregistration of magenta against key with math.hypot on the mean x/y offset tensors -> math on tensors (host call) in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MisregistrationScore(nn.Cell):
    def __init__(self, tolerance_mm=0.1, mm_per_px=0.0423):
        super().__init__()
        self.tolerance = tolerance_mm
        self.mm_per_px = mm_per_px

    def construct(self, magenta_xy, key_xy):
        d = (magenta_xy - key_xy) * self.mm_per_px
        mx = d[:, 0].mean()
        my = d[:, 1].mean()
        total = math.hypot(mx, my)
        return total / self.tolerance


def make():
    np.random.seed(16)
    key = np.random.uniform(50, 3000, (8, 2)).astype(np.float32)
    mag = key + np.array([2.0, -1.5], np.float32) + np.random.normal(0, 0.5, (8, 2)).astype(np.float32)
    return MisregistrationScore(), (Tensor(mag), Tensor(key))
