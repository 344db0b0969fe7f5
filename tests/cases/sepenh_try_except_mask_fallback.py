# case: wraps the mask estimation in try/except and falls back to an all-pass mask on failure -> try/except is not supported in Graph-mode construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustMaskEstimator(nn.Cell):
    def __init__(self, n_bins=16, hidden=32):
        super().__init__()
        self.fc1 = nn.Dense(n_bins, hidden)
        self.fc2 = nn.Dense(hidden, n_bins)

    def estimate(self, mag):
        h = ops.relu(self.fc1(ops.log(mag + 1e-6)))
        return ops.sigmoid(self.fc2(h))

    def construct(self, mag):
        try:
            mask = self.estimate(mag)
        except ValueError:
            mask = ops.ones_like(mag)
        return mag * mask


def make():
    np.random.seed(13)
    mag = np.abs(np.random.randn(3, 10, 16)).astype(np.float32)
    return RobustMaskEstimator(), (Tensor(mag),)
