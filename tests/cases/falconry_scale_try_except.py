# case: morning weigh-in normaliser wraps the ratio to target weight in try/except to fall back on a default when the scale reading is bad -> try statement in construct, Graph mode likely rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeighIn(nn.Cell):
    def __init__(self, target_g=680.0):
        super().__init__()
        self.target_g = target_g

    def construct(self, readings_g):
        try:
            ratio = readings_g.mean() / self.target_g
        except ZeroDivisionError:
            ratio = ops.ones((), ms.float32)
        spread = readings_g.max() - readings_g.min()
        return ratio, spread


def make():
    np.random.seed(3195)
    r = (680 + np.random.randn(5) * 4).astype(np.float32)
    return WeighIn(), (Tensor(r),)
