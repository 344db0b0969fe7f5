# case: run a fixed number of annealer cool-down steps from a config, stacking the trace -> loop over range of a Python int, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STRAIN_POINT_C = 470.0


class CoolDownTraceFixed(nn.Cell):
    def __init__(self, cool_rate=0.97, n_steps=8):
        super().__init__()
        self.cool_rate = cool_rate
        self.n_steps = n_steps

    def step(self, temp):
        return temp * self.cool_rate

    def construct(self, anneal_temp):
        temp = anneal_temp
        trace = []
        for _ in range(self.n_steps):
            temp = self.step(temp)
            trace.append(temp)
        curve = ops.stack(trace)
        below = (curve < STRAIN_POINT_C).astype(ms.float32)
        return curve, below.sum()


def make():
    np.random.seed(42)
    return CoolDownTraceFixed(), (Tensor(np.array(515.0, np.float32)),)
