# case: simulate dough rise step by step until it doubles, collecting each step's height in a list (loop count from data) -> data-driven loop growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProofSimulator(nn.Cell):
    def __init__(self, step_min=5.0):
        super().__init__()
        self.step_min = step_min

    def rise_step(self, h, rate, temp_c):
        q10 = ops.pow(2.0, (temp_c - 27.0) / 10.0)
        return h * (1.0 + rate * q10)

    def construct(self, h0, rate, temp_c):
        heights = [h0]
        h = h0
        while h < 2.0 * h0:
            h = self.rise_step(h, rate, temp_c)
            heights.append(h)
        trace = ops.stack(heights)
        return trace, (trace.shape[0] - 1) * self.step_min


def make():
    np.random.seed(13)
    return ProofSimulator(), (Tensor(40.0, ms.float32), Tensor(0.06, ms.float32), Tensor(30.0, ms.float32))
