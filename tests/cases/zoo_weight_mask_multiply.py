# case: average body weight over weighed days, using the validity mask as a multiplier and dividing by the count -> fixed shapes, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeighedDaysMeanMasked(nn.Cell):
    def __init__(self, min_valid_kg=1.0):
        super().__init__()
        self.min_valid_kg = min_valid_kg

    def construct(self, weights_kg):
        recorded = (weights_kg > self.min_valid_kg).astype(weights_kg.dtype)
        n_days = ops.maximum(recorded.sum(), 1.0)
        mean_kg = (weights_kg * recorded).sum() / n_days
        big = ops.full_like(weights_kg, 1e6)
        low = ops.where(recorded > 0, weights_kg, big).min()
        high = (weights_kg * recorded).max()
        return mean_kg, high - low


def make():
    np.random.seed(22)
    w = np.random.uniform(180.0, 210.0, size=(30,)).astype(np.float32)
    w[[2, 8, 19]] = 0.0
    return WeighedDaysMeanMasked(), (Tensor(w),)
