# case: LSQ quantizer with learnable step size, gradient scale 1/sqrt(numel*Qp) computed from the static shape, grad-scale/round-pass tricks via stop_gradient -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def grad_scale(x, scale):
    y_grad = x * scale
    return ops.stop_gradient(x - y_grad) + y_grad


def round_pass(x):
    return ops.stop_gradient(ops.round(x) - x) + x


class LSQQuantizer(nn.Cell):
    def __init__(self, num_bits=4, all_positive=False, init_step=0.1):
        super().__init__()
        if all_positive:
            self.qn, self.qp = 0, 2 ** num_bits - 1
        else:
            self.qn, self.qp = 2 ** (num_bits - 1), 2 ** (num_bits - 1) - 1
        self.step = Parameter(Tensor(init_step, ms.float32), name="step")

    def construct(self, x):
        numel = x.size
        g = 1.0 / math.sqrt(numel * self.qp)
        s = grad_scale(self.step, g)
        q = ops.clamp(x / s, -self.qn, self.qp)
        return round_pass(q) * s


def make():
    np.random.seed(110)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return LSQQuantizer(), (x,)
