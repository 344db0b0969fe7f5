# case: trim a padded kiln temperature log to its recorded length read with .item() before averaging the cooling rate -> slice bound from tensor value, should fail or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cooling_rate(log):
    return log[1:] - log[:-1]


class KilnLogRate(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 1.0 / 60.0

    def construct(self, padded_log, length):
        n = length.item()
        log = padded_log[:n]
        rate = cooling_rate(log) * self.scale
        return rate.mean()


def make():
    np.random.seed(31)
    n_valid = 37
    log = np.zeros(64, np.float32)
    log[:n_valid] = np.linspace(520.0, 380.0, n_valid) + np.random.randn(n_valid).astype(np.float32)
    return KilnLogRate(), (Tensor(log), Tensor(np.array(n_valid, np.int32)))
