# case: gate counter compares the first and second half of each reading window, with the split point taken from x.shape -> static shapes, compiles fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoardingTrend(nn.Cell):
    def __init__(self, pulses_per_person=2.0):
        super().__init__()
        self.ppp = pulses_per_person

    def halves(self, x):
        mid = x.shape[-1] // 2
        return x[:, :mid], x[:, mid:]

    def construct(self, pulses):
        early, late = self.halves(pulses)
        early_rate = early.sum(axis=1) / self.ppp
        late_rate = late.sum(axis=1) / self.ppp
        return late_rate - early_rate


def make():
    np.random.seed(23)
    pulses = Tensor(np.random.randint(0, 5, size=(4, 12)).astype(np.float32))
    return BoardingTrend(), (pulses,)
