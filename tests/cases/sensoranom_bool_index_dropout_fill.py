# case: drop readings flagged by the sensor dropout mask with boolean indexing before averaging -> boolean-mask index gives dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DropoutAwareMean(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, readings, dropout_mask):
        valid = readings[dropout_mask == 0]
        baseline = valid.mean()
        filled = ops.where(dropout_mask > 0, baseline.broadcast_to(readings.shape), readings)
        return filled, baseline


def make():
    np.random.seed(4)
    readings = Tensor(np.random.randn(30).astype(np.float32) + 10.0)
    mask = (np.random.rand(30) < 0.2).astype(np.int32)
    return DropoutAwareMean(), (readings, Tensor(mask))
