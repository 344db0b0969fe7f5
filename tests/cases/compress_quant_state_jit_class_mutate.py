# case: QAT layer keeping its quantisation scale in an @ms.jit_class state object that construct mutates -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class QuantState:
    def __init__(self, num_bits=8):
        self.qmax = float(2 ** (num_bits - 1) - 1)
        self.scale = Tensor(1.0, ms.float32)

    def quantize(self, x):
        q = ops.clamp(ops.round(x / self.scale), -self.qmax, self.qmax)
        return q * self.scale


class QATDense(nn.Cell):
    def __init__(self, in_features=6, out_features=4, num_bits=8):
        super().__init__()
        self.dense = nn.Dense(in_features, out_features)
        self.state = QuantState(num_bits)

    def _calibrate(self, w):
        return ops.abs(w).max() / self.state.qmax

    def construct(self, x):
        w = self.dense.weight
        self.state.scale = self._calibrate(w)
        w_q = w + ops.stop_gradient(self.state.quantize(w) - w)
        return ops.matmul(x, w_q.T) + self.dense.bias


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(2, 6).astype(np.float32))
    return QATDense(), (x,)
