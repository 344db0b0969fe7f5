# case: calibration curve linear interpolation done with a constant-count Python loop over fixed query ages from the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurveInterpolator(nn.Cell):
    def __init__(self, query_ages=(500.0, 1200.0, 2100.0, 2750.0), step=25.0):
        super().__init__()
        self.query_ages = query_ages
        self.step = step

    def interp_one(self, curve, age):
        pos = age / self.step
        i0 = int(pos)
        frac = pos - i0
        return curve[i0] * (1.0 - frac) + curve[i0 + 1] * frac

    def construct(self, curve):
        vals = []
        for age in self.query_ages:
            vals.append(self.interp_one(curve, age))
        return ops.stack(vals)


def make():
    np.random.seed(33)
    curve = Tensor((np.arange(0, 3200, 25) * 0.95 + np.random.randn(128) * 10).astype(np.float32))
    return CurveInterpolator(), (curve,)
