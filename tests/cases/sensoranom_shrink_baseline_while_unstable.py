# case: drop the oldest samples from the baseline window while its std is above a stability limit -> tensor-conditioned while loop that changes the window length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StableBaseline(nn.Cell):
    def __init__(self, std_limit=0.8, min_len=8, drop=4):
        super().__init__()
        self.std_limit = std_limit
        self.min_len = min_len
        self.drop = drop

    def construct(self, baseline, current):
        w = baseline
        while w.std() > self.std_limit and w.shape[0] > self.min_len:
            w = w[self.drop:]
        mu = w.mean()
        sd = w.std() + 1e-6
        return (current - mu) / sd


def make():
    np.random.seed(47)
    baseline = np.random.randn(32).astype(np.float32) * 0.5
    baseline[:12] += np.linspace(4, 0, 12).astype(np.float32)
    current = Tensor(np.random.randn(10).astype(np.float32))
    return StableBaseline(), (Tensor(baseline), current)
