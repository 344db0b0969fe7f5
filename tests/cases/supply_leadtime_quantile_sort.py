# case: supplier lead-time P90 taken from a sorted tensor at an index computed from the static sample count -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadTimeQuantile(nn.Cell):
    def __init__(self, quantile=0.9, buffer_days=1.0):
        super().__init__()
        self.quantile = quantile
        self.buffer_days = buffer_days

    def construct(self, observed_days):
        n_obs = observed_days.shape[1]
        k = int(self.quantile * (n_obs - 1))
        sorted_days, _ = ops.sort(observed_days, axis=1)
        p_high = sorted_days[:, k]
        mean_days = observed_days.mean(axis=1)
        spread = p_high - mean_days
        return p_high + self.buffer_days, spread


def make():
    np.random.seed(9)
    observed = Tensor(np.random.gamma(3.0, 2.0, size=(5, 20)).astype(np.float32))
    return LeadTimeQuantile(), (observed,)
