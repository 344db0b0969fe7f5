# case: LSQ quantizer with a learnable step size Parameter and gradient scaling via stop_gradient -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def grad_scale(x, scale):
    y = x * scale
    return ops.stop_gradient(x - y) + y


def round_pass(x):
    return ops.stop_gradient(ops.round(x) - x) + x


class LSQQuantizer(nn.Cell):
    def __init__(self, bits=4, num_elements=64, signed=True):
        super().__init__()
        self.qn = -(2 ** (bits - 1)) if signed else 0
        self.qp = 2 ** (bits - 1) - 1 if signed else 2 ** bits - 1
        self.g = 1.0 / np.sqrt(num_elements * self.qp)
        self.step = Parameter(Tensor(0.1, ms.float32), name="step")

    def construct(self, x):
        s = grad_scale(self.step, self.g)
        v = ops.clamp(x / s, self.qn, self.qp)
        return round_pass(v) * s


class LSQDense(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(8, 8)
        self.wq = LSQQuantizer(4, 64)
        self.aq = LSQQuantizer(4, 8, signed=False)

    def construct(self, x):
        w = self.wq(self.dense.weight)
        return ops.matmul(self.aq(ops.relu(x)), w.T) + self.dense.bias


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return LSQDense(), (x,)
