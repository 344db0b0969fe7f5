# case: mastitis detector wraps the conductivity ratio in try/except ZeroDivisionError inside construct -> graph mode rejects try statement
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuarterRatio(nn.Cell):
    def __init__(self, ratio_alert=1.15):
        super().__init__()
        self.ratio_alert = ratio_alert

    def construct(self, conductivity):
        try:
            lowest = conductivity.min(axis=1, keepdims=True)
            ratio = conductivity.max(axis=1) / lowest.squeeze(1)
        except ZeroDivisionError:
            ratio = ops.ones((conductivity.shape[0],), ms.float32)
        return (ratio > self.ratio_alert).astype(ms.float32), ratio


def make():
    np.random.seed(27)
    cond = np.random.normal(5.5, 0.4, (7, 4)).astype(np.float32)
    return QuarterRatio(), (Tensor(cond),)
