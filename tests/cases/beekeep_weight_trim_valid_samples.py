# case: trims the hive-weight series to the number of valid readings counted from the data (x[:n] with n a tensor) -> dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HiveWeightTrimmer(nn.Cell):
    """Keeps only the leading valid scale readings before computing the daily gain."""

    def __init__(self, min_valid_kg=5.0):
        super().__init__()
        self.min_valid_kg = min_valid_kg

    def count_valid(self, weights):
        valid = (weights > self.min_valid_kg).astype(ms.int32)
        return valid.sum()

    def construct(self, weights):
        n_valid = self.count_valid(weights)
        kept = weights[:n_valid]
        gain = kept[-1] - kept[0]
        return gain, kept.mean()


def make():
    np.random.seed(0)
    w = np.linspace(32.0, 34.5, 24).astype(np.float32)
    w[18:] = 0.0
    return HiveWeightTrimmer(), (Tensor(w),)
