# case: quantize reflectivity into echo classes and count distinct classes present with ops.unique -> unique gives dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EchoClassCounter(nn.Cell):
    def __init__(self, bin_width_dbz=5.0, floor_dbz=0.0):
        super().__init__()
        self.bin_width = bin_width_dbz
        self.floor = floor_dbz

    def quantize(self, dbz):
        cls = ops.floor((ops.clamp(dbz, min=self.floor) - self.floor) / self.bin_width)
        return cls.astype(ms.int32).reshape(-1)

    def construct(self, dbz):
        classes = self.quantize(dbz)
        present, idx = ops.unique(classes)
        counts = ops.zeros(present.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, idx.reshape(-1, 1), ops.ones(idx.shape, ms.float32))
        return present, counts


def make():
    np.random.seed(6)
    dbz = Tensor(np.random.uniform(-5, 45, (12, 12)).astype(np.float32))
    return EchoClassCounter(), (dbz,)
