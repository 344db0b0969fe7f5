# case: compute roller ink transfer with a guarded divide that uses ops.select to fall back to a default rate -> no exceptions, select with three arguments, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollerTransfer(nn.Cell):
    def __init__(self, default_rate=0.5, eps=1e-4):
        super().__init__()
        self.default_rate = default_rate
        self.eps = eps

    def construct(self, ink_on_roller, ink_on_plate):
        ok = ink_on_roller > self.eps
        safe_roller = ops.select(ok, ink_on_roller, ops.ones_like(ink_on_roller))
        rate = ops.select(ok, ink_on_plate / safe_roller, ops.full_like(ink_on_roller, self.default_rate))
        return rate.mean()


def make():
    np.random.seed(142)
    roller = np.random.uniform(1.0, 2.0, size=(8,)).astype(np.float32)
    roller[3] = 0.0
    plate = roller * np.random.uniform(0.3, 0.6, size=(8,)).astype(np.float32)
    return RollerTransfer(), (Tensor(roller), Tensor(plate))
