# case: simulate annealer cool-down step by step until the glass drops below the strain point, collecting each step's temperature in a list -> while on tensor value with a growing list, expected to fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STRAIN_POINT_C = 470.0


class CoolDownTrace(nn.Cell):
    def __init__(self, cool_rate=0.97):
        super().__init__()
        self.cool_rate = cool_rate

    def step(self, temp):
        return temp * self.cool_rate

    def construct(self, anneal_temp):
        temp = anneal_temp
        trace = []
        while temp > STRAIN_POINT_C:
            temp = self.step(temp)
            trace.append(temp)
        return ops.stack(trace)


def make():
    np.random.seed(41)
    return CoolDownTrace(), (Tensor(np.array(515.0, np.float32)),)
