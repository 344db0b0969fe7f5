# case: selects amounts whose risk score exceeds a threshold with masked_select and returns their total and mean -> masked_select output size depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlaggedExposure(nn.Cell):
    def __init__(self, threshold=0.7):
        super().__init__()
        self.threshold = threshold

    def construct(self, amounts, risk):
        flagged = ops.masked_select(amounts, risk > self.threshold)
        total = flagged.sum()
        count = flagged.shape[0]
        mean = total / max(count, 1)
        return total, mean


def make():
    np.random.seed(2)
    amounts = Tensor((np.random.rand(32) * 500).astype(np.float32))
    risk = Tensor(np.random.rand(32).astype(np.float32))
    return FlaggedExposure(), (amounts, risk)
