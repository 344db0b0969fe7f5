# case: whiteness index computation imports math inside construct to get pi for the hue angle -> import statement in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HueAngle(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, lab):
        import math
        a = lab[:, 1]
        b = lab[:, 2]
        h = ops.atan2(b, a) * (180.0 / math.pi)
        h = ops.where(h < 0, h + 360.0, h)
        chroma = ops.sqrt(a * a + b * b)
        return h, chroma


def make():
    np.random.seed(40)
    lab = np.random.randn(9, 3).astype(np.float32) * 20 + np.array([50, 0, 0], np.float32)
    return HueAngle(), (Tensor(lab),)
