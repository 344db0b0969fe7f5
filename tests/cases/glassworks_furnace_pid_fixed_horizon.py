# case: roll the furnace gas-valve PI loop forward a fixed horizon set in the config, stacking the trace -> loop over range(python int), expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FurnacePIRollout(nn.Cell):
    def __init__(self, kp=0.08, ki=0.01, tau=12.0, horizon=20):
        super().__init__()
        self.kp = kp
        self.ki = ki
        self.tau = tau
        self.horizon = horizon

    def plant(self, temp, valve):
        return temp + (1600.0 * valve - temp) / self.tau

    def construct(self, temp0, setpoint):
        temp = temp0
        integ = ops.zeros_like(temp0)
        trace = []
        for _ in range(self.horizon):
            err = setpoint - temp
            integ = integ + err
            valve = ops.clamp(self.kp * err / 100.0 + self.ki * integ / 100.0 + 0.9, 0.0, 1.0)
            temp = self.plant(temp, valve)
            trace.append(temp)
        return ops.stack(trace), temp


def make():
    np.random.seed(52)
    t0 = (1420.0 + 10.0 * np.random.rand(3)).astype(np.float32)
    sp = np.full((3,), 1450.0, dtype=np.float32)
    return FurnacePIRollout(), (Tensor(t0), Tensor(sp))
