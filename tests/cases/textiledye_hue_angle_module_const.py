# case: hue angle and chroma from Lab with a module-level degree factor and ops.where wrap-around -> static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RAD2DEG = 180.0 / math.pi


class HueChroma(nn.Cell):
    def __init__(self, wrap=True):
        super().__init__()
        self.wrap = wrap

    def construct(self, lab):
        a = lab[:, 1]
        b = lab[:, 2]
        h = ops.atan2(b, a) * RAD2DEG
        if self.wrap:
            h = ops.where(h < 0, h + 360.0, h)
        chroma = ops.sqrt(a * a + b * b)
        return h, chroma


def make():
    np.random.seed(41)
    lab = np.random.randn(9, 3).astype(np.float32) * 20 + np.array([50, 0, 0], np.float32)
    return HueChroma(), (Tensor(lab),)
