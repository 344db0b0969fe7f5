# case: integrates input until the first neuron fires or max steps, while loop on a tensor condition with fixed-shape state -> static (control flow) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeToFirstSpike(nn.Cell):
    def __init__(self, v_th=1.0, max_steps=30):
        super().__init__()
        self.v_th = v_th
        self.max_steps = max_steps

    def construct(self, current):
        v = ops.zeros_like(current)
        t = Tensor(0, ms.int32)
        while (v < self.v_th).all() and t < self.max_steps:
            v = v + current
            t = t + 1
        first = ops.argmax(v)
        return t, first, v


def make():
    np.random.seed(42)
    cur = Tensor((np.random.rand(8) * 0.2 + 0.05).astype(np.float32))
    return TimeToFirstSpike(), (cur,)
