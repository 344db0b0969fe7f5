# case: accumulate impressions and spoilage for a press run as plain tensors in a fixed-range loop and return a tuple -> no Python objects, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def log_step(impressions, spoiled, good, bad):
    return impressions + good + bad, spoiled + bad


class PressRunSummary(nn.Cell):
    def __init__(self, n_shifts=6):
        super().__init__()
        self.n_shifts = n_shifts

    def construct(self, good_counts, bad_counts):
        impressions = ops.zeros((), ms.float32)
        spoiled = ops.zeros((), ms.float32)
        for i in range(self.n_shifts):
            impressions, spoiled = log_step(impressions, spoiled, good_counts[i], bad_counts[i])
        return impressions, spoiled / impressions


def make():
    np.random.seed(102)
    good = np.random.randint(200, 400, size=(6,)).astype(np.float32)
    bad = np.random.randint(0, 15, size=(6,)).astype(np.float32)
    return PressRunSummary(), (Tensor(good), Tensor(bad))
