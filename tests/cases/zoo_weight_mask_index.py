# case: average body weight over the days an animal was actually weighed, by boolean-mask indexing of the weight log -> data-dependent shape, Graph mode goes dynamic or errors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeighedDaysMean(nn.Cell):
    """Mean weight of an animal over days with a recorded scale reading."""

    def __init__(self, min_valid_kg=1.0):
        super().__init__()
        self.min_valid_kg = min_valid_kg

    def construct(self, weights_kg):
        recorded = weights_kg > self.min_valid_kg
        valid = weights_kg[recorded]
        mean_kg = valid.mean()
        spread = valid.max() - valid.min()
        return mean_kg, spread


def make():
    np.random.seed(21)
    w = np.random.uniform(180.0, 210.0, size=(30,)).astype(np.float32)
    w[[3, 9, 17, 22]] = 0.0   # missed weigh-ins
    return WeighedDaysMean(), (Tensor(w),)
