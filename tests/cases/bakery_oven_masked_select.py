# case: collect oven-zone thermocouple readings above the setpoint band with ops.masked_select -> data-dependent output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def overshoot_band(setpoints, tolerance):
    return setpoints + tolerance


class ZoneOvershootLog(nn.Cell):
    def __init__(self, tolerance_c=4.0):
        super().__init__()
        self.tolerance_c = tolerance_c

    def construct(self, readings, setpoints):
        limit = overshoot_band(setpoints, self.tolerance_c)
        over = readings > limit.expand_dims(0)
        excess = ops.masked_select(readings - limit, over)
        return excess.sum(), excess.shape[0]


def make():
    np.random.seed(5)
    setpoints = np.array([180, 210, 230, 220, 190], dtype=np.float32)
    readings = setpoints + np.random.randn(64, 5).astype(np.float32) * 5.0
    return ZoneOvershootLog(), (Tensor(readings), Tensor(setpoints))
