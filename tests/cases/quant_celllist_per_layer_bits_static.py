# case: per-layer bit-widths from a config tuple build a CellList of quantized Dense layers iterated in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FakeQuantDense(nn.Cell):
    def __init__(self, in_dim, out_dim, bits):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.qmax = float(2 ** (bits - 1) - 1)

    def construct(self, x):
        w = self.fc.weight
        scale = ops.amax(ops.abs(w), 1, keepdims=True) / self.qmax
        wq = ops.round(w / scale) * scale
        return ops.relu(ops.matmul(x, wq.T) + self.fc.bias)


class MixedBitMLP(nn.Cell):
    def __init__(self, dims=(12, 16, 16, 4), bits=(8, 4, 8)):
        super().__init__()
        layers = []
        for i, b in enumerate(bits):
            layers.append(FakeQuantDense(dims[i], dims[i + 1], b))
        self.layers = nn.CellList(layers)

    def construct(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(5, 12).astype(np.float32))
    return MixedBitMLP(), (x,)
