# case: slices each household's hourly load to the number of valid readings counted from the data -> slice size from a tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidWindowForecaster(nn.Cell):
    """Averages the valid (non-negative) prefix of a meter's hourly readings."""

    def __init__(self, fill_value=-1.0):
        super().__init__()
        self.fill_value = fill_value
        self.reduce_sum = ops.ReduceSum()

    def count_valid(self, readings):
        valid = ops.cast(readings > self.fill_value, ms.int32)
        return self.reduce_sum(valid)

    def construct(self, readings):
        n_valid = self.count_valid(readings)
        window = readings[:n_valid]
        return window.mean() * 1.05


def make():
    np.random.seed(0)
    load = np.random.uniform(0.2, 3.5, size=(24,)).astype(np.float32)
    load[18:] = -1.0
    return ValidWindowForecaster(), (Tensor(load),)
