# case: average cooling rate over the valid part of a padded kiln log using an arange < length mask -> static shapes, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cooling_rate(log):
    return log[1:] - log[:-1]


class KilnLogRateMasked(nn.Cell):
    def __init__(self, max_len=64):
        super().__init__()
        self.steps = Tensor(np.arange(max_len - 1, dtype=np.int32))
        self.scale = 1.0 / 60.0

    def construct(self, padded_log, length):
        rate = cooling_rate(padded_log) * self.scale
        valid = (self.steps < (length - 1)).astype(ms.float32)
        return (rate * valid).sum() / ops.maximum(valid.sum(), 1.0)


def make():
    np.random.seed(32)
    n_valid = 37
    log = np.zeros(64, np.float32)
    log[:n_valid] = np.linspace(520.0, 380.0, n_valid) + np.random.randn(n_valid).astype(np.float32)
    return KilnLogRateMasked(64), (Tensor(log), Tensor(np.array(n_valid, np.int32)))
