# case: detect outbreak regions whose growth ratio exceeds a threshold with ops.nonzero, then gather their latest counts -> dynamic shape (nonzero)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutbreakDetector(nn.Cell):
    def __init__(self, threshold=1.5, window=3):
        super().__init__()
        self.threshold = threshold
        self.window = window

    def growth(self, cases):
        recent = cases[-self.window:].sum(axis=0)
        prev = cases[-2 * self.window:-self.window].sum(axis=0)
        return recent / (prev + 1.0)

    def construct(self, cases):
        ratio = self.growth(cases)
        idx = ops.nonzero(ratio > self.threshold).reshape(-1)
        latest = cases[-1]
        return ops.gather(latest, idx, 0), idx


def make():
    np.random.seed(6)
    days, regions = 10, 9
    base = np.random.uniform(5, 30, size=regions)
    growth = np.random.uniform(0.9, 1.3, size=regions)
    cases = np.stack([base * growth ** t for t in range(days)]).astype(np.float32)
    return OutbreakDetector(), (Tensor(cases),)
