# case: simulate the furnace gas-valve PI loop until the temperature error settles, logging each step into a list and stacking it -> loop count and list length depend on data, expect Graph mode error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FurnacePISettle(nn.Cell):
    def __init__(self, kp=0.08, ki=0.01, tau=12.0, tol=1.0, max_steps=60):
        super().__init__()
        self.kp = kp
        self.ki = ki
        self.tau = tau
        self.tol = tol
        self.max_steps = max_steps

    def plant(self, temp, valve):
        # first-order melter response to the gas valve opening
        return temp + (1600.0 * valve - temp) / self.tau

    def construct(self, temp0, setpoint):
        temp = temp0
        integ = ops.zeros_like(temp0)
        trace = []
        err = setpoint - temp
        steps = 0
        while ops.abs(err).max() > self.tol and steps < self.max_steps:
            integ = integ + err
            valve = ops.clamp(self.kp * err / 100.0 + self.ki * integ / 100.0 + 0.9, 0.0, 1.0)
            temp = self.plant(temp, valve)
            trace.append(temp)
            err = setpoint - temp
            steps += 1
        return ops.stack(trace), temp


def make():
    np.random.seed(51)
    t0 = (1420.0 + 10.0 * np.random.rand(3)).astype(np.float32)
    sp = np.full((3,), 1450.0, dtype=np.float32)
    return FurnacePISettle(), (Tensor(t0), Tensor(sp))
