# case: keep a running count of lamp revolutions by assigning a Python attribute on self inside construct -> self attribute written in construct, rejected or ignored in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RevolutionCounter(nn.Cell):
    def __init__(self, rpm=2.0):
        super().__init__()
        self.rpm = rpm
        self.revolutions = 0.0

    def construct(self, elapsed_min):
        turns = elapsed_min * self.rpm
        self.revolutions = self.revolutions + turns.sum()
        phase = ops.fmod(turns, Tensor(1.0, ms.float32)) * 360.0
        return phase, self.revolutions


def make():
    np.random.seed(3055)
    elapsed = Tensor(np.random.uniform(0, 30, size=(6,)).astype(np.float32))
    return RevolutionCounter(), (elapsed,)
