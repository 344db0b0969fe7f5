# case: compute roller ink transfer and fall back to a default rate inside try/except when the feed ratio is bad -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollerTransfer(nn.Cell):
    def __init__(self, default_rate=0.5):
        super().__init__()
        self.default_rate = default_rate

    def construct(self, ink_on_roller, ink_on_plate):
        try:
            rate = ink_on_plate / ink_on_roller
        except ZeroDivisionError:
            rate = ops.full_like(ink_on_roller, self.default_rate)
        return rate.mean()


def make():
    np.random.seed(141)
    roller = np.random.uniform(1.0, 2.0, size=(8,)).astype(np.float32)
    plate = roller * np.random.uniform(0.3, 0.6, size=(8,)).astype(np.float32)
    return RollerTransfer(), (Tensor(roller), Tensor(plate))
