# case: converts per-pen biomass to NumPy inside construct to round it for a farm report -> host round trip, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BiomassReport(nn.Cell):
    def __init__(self, a=0.012, b=3.05, decimals=1):
        super().__init__()
        self.a = a
        self.b = b
        self.decimals = decimals

    def construct(self, lengths_cm):
        weights_kg = self.a * ops.pow(lengths_cm, self.b) / 1000.0
        per_pen = weights_kg.sum(axis=1)
        rounded = np.round(per_pen.asnumpy(), self.decimals)
        return Tensor(rounded)


def make():
    np.random.seed(14)
    lengths = Tensor((np.random.rand(4, 12) * 25 + 15).astype(np.float32))
    return BiomassReport(), (lengths,)
