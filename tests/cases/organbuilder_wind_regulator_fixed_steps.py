# case: simulate the bellows regulator settling wind pressure for a fixed number of steps from config, stacking the trace -> Python-int loop, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BellowsRegulator(nn.Cell):
    def __init__(self, target_mmwc=80.0, spring_gain=0.35, n_steps=12):
        super().__init__()
        self.target = target_mmwc
        self.gain = spring_gain
        self.n_steps = n_steps

    def step(self, pressure, demand):
        error = self.target - pressure
        return pressure + self.gain * error - 0.05 * demand

    def construct(self, pressure, demand):
        trace = [pressure]
        for _ in range(self.n_steps):
            pressure = self.step(pressure, demand)
            trace.append(pressure)
        settled = ops.abs(self.target - pressure) < 0.5
        return ops.stack(trace), settled


def make():
    np.random.seed(315)
    pressure = Tensor(np.array([60.0, 72.0, 95.0], dtype=np.float32))
    demand = Tensor(np.random.rand(3).astype(np.float32))
    return BellowsRegulator(), (pressure, demand)
