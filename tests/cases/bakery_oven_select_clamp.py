# case: replace oven-zone readings outside the setpoint band by the setpoint with ops.select before PID error -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneErrorFilter(nn.Cell):
    def __init__(self, tolerance_c=15.0, kp=0.8):
        super().__init__()
        self.tolerance_c = tolerance_c
        self.kp = kp

    def construct(self, readings, setpoints):
        sp = ops.broadcast_to(setpoints.expand_dims(0), readings.shape)
        plausible = ops.abs(readings - sp) < self.tolerance_c
        cleaned = ops.select(plausible, readings, sp)
        error = sp - cleaned
        return self.kp * error.mean(axis=0)


def make():
    np.random.seed(6)
    setpoints = np.array([180, 210, 230, 220, 190], dtype=np.float32)
    readings = setpoints + np.random.randn(32, 5).astype(np.float32) * 10.0
    return ZoneErrorFilter(), (Tensor(readings), Tensor(setpoints))
