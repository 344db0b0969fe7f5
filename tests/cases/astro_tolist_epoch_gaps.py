# case: find gaps in a light-curve cadence by converting time differences to a Python list with .tolist() and looping in Python -> host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GapCounter(nn.Cell):
    def __init__(self, max_gap=1.5):
        super().__init__()
        self.max_gap = max_gap

    def construct(self, t):
        dt = t[1:] - t[:-1]
        n_gaps = 0
        for d in dt.tolist():
            if d > self.max_gap:
                n_gaps += 1
        return Tensor(n_gaps, ms.int32), dt.max()


def make():
    np.random.seed(20)
    t = np.cumsum(np.random.choice([0.5, 1.0, 3.0], 16, p=[0.5, 0.35, 0.15])).astype(np.float32)
    return GapCounter(), (Tensor(t),)
