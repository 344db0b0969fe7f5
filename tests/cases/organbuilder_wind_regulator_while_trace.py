# case: simulate the bellows regulator settling wind pressure, looping while the error exceeds tolerance and appending each step to a trace list -> data-dependent loop count growing a list, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BellowsRegulator(nn.Cell):
    def __init__(self, target_mmwc=80.0, spring_gain=0.35, tol=0.5):
        super().__init__()
        self.target = target_mmwc
        self.gain = spring_gain
        self.tol = tol

    def step(self, pressure, demand):
        error = self.target - pressure
        return pressure + self.gain * error - 0.05 * demand

    def construct(self, pressure, demand):
        trace = [pressure]
        err = ops.abs(self.target - pressure).max()
        while err > self.tol:
            pressure = self.step(pressure, demand)
            trace.append(pressure)
            err = ops.abs(self.target - pressure).max()
        return ops.stack(trace)


def make():
    np.random.seed(314)
    pressure = Tensor(np.array([60.0, 72.0, 95.0], dtype=np.float32))
    demand = Tensor(np.random.rand(3).astype(np.float32))
    return BellowsRegulator(), (pressure, demand)
