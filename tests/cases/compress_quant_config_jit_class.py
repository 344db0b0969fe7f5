# case: weight quantiser reading bit-width and symmetry from a read-only @ms.jit_class config object -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class QuantConfig:
    def __init__(self, num_bits=4, symmetric=True):
        self.num_bits = num_bits
        self.symmetric = symmetric

    def qrange(self):
        if self.symmetric:
            return -(2.0 ** (self.num_bits - 1)), 2.0 ** (self.num_bits - 1) - 1.0
        return 0.0, 2.0 ** self.num_bits - 1.0


class QuantizedDense(nn.Cell):
    def __init__(self, in_features=5, out_features=3, config=None):
        super().__init__()
        self.config = config if config is not None else QuantConfig()
        self.dense = nn.Dense(in_features, out_features)

    def _quant_weight(self, w):
        qmin, qmax = self.config.qrange()
        scale = ops.stop_gradient(ops.abs(w).max() / qmax)
        q = ops.clamp(ops.round(w / scale), qmin, qmax)
        return w + ops.stop_gradient(q * scale - w)

    def construct(self, x):
        w = self._quant_weight(self.dense.weight)
        return ops.matmul(x, w.T) + self.dense.bias


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(2, 5).astype(np.float32))
    return QuantizedDense(), (x,)
