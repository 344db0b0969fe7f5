# case: simulate dough rise until it doubles, only keeping the running height and minute counter (tensor-valued while, fixed shapes) -> static graph control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProofTimer(nn.Cell):
    def __init__(self, step_min=5.0, max_steps=200):
        super().__init__()
        self.step_min = step_min
        self.max_steps = max_steps

    def rise_step(self, h, rate, temp_c):
        q10 = ops.pow(2.0, (temp_c - 27.0) / 10.0)
        return h * (1.0 + rate * q10)

    def construct(self, h0, rate, temp_c):
        h = h0
        minutes = ops.zeros((), ms.float32)
        steps = ops.zeros((), ms.int32)
        while h < 2.0 * h0 and steps < self.max_steps:
            h = self.rise_step(h, rate, temp_c)
            minutes = minutes + self.step_min
            steps = steps + 1
        return minutes, h


def make():
    np.random.seed(14)
    return ProofTimer(), (Tensor(40.0, ms.float32), Tensor(0.06, ms.float32), Tensor(30.0, ms.float32))
