# case: cap implausible reflectivity spikes and zero out clutter with ops.select instead of a Python if on tensor values -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EchoQualityControl(nn.Cell):
    def __init__(self, clutter_dbz=5.0, max_dbz=70.0):
        super().__init__()
        self.clutter_dbz = clutter_dbz
        self.max_dbz = max_dbz

    def construct(self, dbz):
        zeros = ops.zeros_like(dbz)
        capped = ops.fill(ms.float32, dbz.shape, self.max_dbz)
        out = ops.select(dbz < self.clutter_dbz, zeros, dbz)
        out = ops.select(out > self.max_dbz, capped, out)
        return out


def make():
    np.random.seed(103)
    dbz = Tensor(np.random.uniform(-10, 90, (2, 10, 10)).astype(np.float32))
    return EchoQualityControl(), (dbz,)
