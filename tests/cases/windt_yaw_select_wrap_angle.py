# case: yaw misalignment wraps angle differences into [-180, 180) with ops.select instead of Python if on tensors -> elementwise select, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WrappedYawError(nn.Cell):
    def __init__(self, deadband_deg=3.0):
        super().__init__()
        self.deadband_deg = deadband_deg

    def wrap(self, d):
        d = ops.select(d >= 180.0, d - 360.0, d)
        d = ops.select(d < -180.0, d + 360.0, d)
        return d

    def construct(self, wind_dir, nacelle_dir):
        err = self.wrap(wind_dir - nacelle_dir)
        outside = ops.abs(err) > self.deadband_deg
        active = ops.select(outside, err, ops.zeros_like(err))
        return active.mean(), outside.astype(ms.float32).mean()


def make():
    np.random.seed(30)
    wind = Tensor(np.random.uniform(0, 360, size=(50,)).astype(np.float32))
    nacelle = Tensor(np.random.uniform(0, 360, size=(50,)).astype(np.float32))
    return WrappedYawError(), (wind, nacelle)
