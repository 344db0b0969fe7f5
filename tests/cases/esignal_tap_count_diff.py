# case: on-load tap changer monitor counts operations from first differences and clamps the tap range from min/max -> static reductions, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TapChangerWear(nn.Cell):
    def __init__(self, wear_per_op=0.02):
        super().__init__()
        self.wear_per_op = wear_per_op

    def count_operations(self, taps):
        diff = taps[1:] - taps[:-1]
        return (diff != 0).astype(ms.float32).sum()

    def construct(self, taps):
        n_ops = self.count_operations(taps)
        span = (taps.max() - taps.min()).astype(ms.float32) + 1.0
        wear = n_ops * self.wear_per_op
        return wear, span


def make():
    np.random.seed(52)
    taps = np.clip(np.cumsum(np.random.choice([-1, 0, 0, 0, 1], size=288)), -8, 8).astype(np.int32)
    return TapChangerWear(), (Tensor(taps),)
