# case: quantized MLP iterates a CellList of layers with activation fake-quant between them, per-layer bits from a Python list -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActFakeQuant(nn.Cell):
    def __init__(self, num_bits):
        super().__init__()
        self.qmax = 2 ** num_bits - 1

    def construct(self, x):
        x = ops.relu(x)
        scale = ops.maximum(x.max(), 1e-6) / self.qmax
        return ops.round(x / scale) * scale


class QuantMLP(nn.Cell):
    def __init__(self, dims=(8, 16, 16, 4), act_bits=(8, 4, 8)):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(dims[i], dims[i + 1]) for i in range(len(dims) - 1)])
        self.quants = nn.CellList([ActFakeQuant(b) for b in act_bits])
        self.depth = len(dims) - 1

    def construct(self, x):
        for i in range(self.depth):
            x = self.layers[i](x)
            if i < self.depth - 1:
                x = self.quants[i](x)
        return x


def make():
    np.random.seed(111)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return QuantMLP(), (x,)
