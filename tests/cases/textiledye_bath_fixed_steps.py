# case: simulate a dye bath for a fixed number of dosing steps given in the config, stacking residual concentration -> python-int loop, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedStepBath(nn.Cell):
    def __init__(self, rate=0.12, n_steps=20, temp_ramp=1.5):
        super().__init__()
        self.rate = rate
        self.n_steps = n_steps
        self.temp_ramp = temp_ramp

    def step(self, c, i):
        # rate increases with bath temperature ramp
        k = self.rate * (1.0 + 0.01 * self.temp_ramp * i)
        return c - k * c

    def construct(self, c0):
        c = c0
        history = []
        for i in range(self.n_steps):
            c = self.step(c, i)
            history.append(c)
        curve = ops.stack(history)
        exhaustion = 1.0 - curve / c0
        return curve, exhaustion


def make():
    np.random.seed(20)
    return FixedStepBath(), (Tensor(np.full((4,), 2.5, np.float32)),)
