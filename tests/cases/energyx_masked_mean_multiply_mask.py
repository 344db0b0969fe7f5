# case: averages only valid meter readings by multiplying with a 0/1 mask and dividing by the mask count -> fixed-size mask arithmetic, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedDailyMean(nn.Cell):
    def __init__(self, missing_value=-1.0):
        super().__init__()
        self.missing_value = missing_value

    def construct(self, readings):
        mask = ops.cast(readings != self.missing_value, readings.dtype)
        total = (readings * mask).sum(axis=1)
        count = ops.maximum(mask.sum(axis=1), 1.0)
        return total / count


def make():
    np.random.seed(32)
    r = np.random.uniform(0.1, 3.0, size=(8, 24)).astype(np.float32)
    r[np.random.rand(8, 24) < 0.2] = -1.0
    return MaskedDailyMean(), (Tensor(r),)
