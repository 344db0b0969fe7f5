# case: PI step-size controller uses math.pow/float() on the tensor error ratio -> Graph mode error (float/math on tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepController:
    def __init__(self, safety=0.9, order=2):
        self.safety = safety
        self.order = order

    def factor(self, err_ratio):
        return self.safety * math.pow(1.0 / max(err_ratio, 1e-10), 1.0 / (self.order + 1))


class HeunStep(nn.Cell):
    def __init__(self, dim=5, tol=1e-3):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.tol = tol
        self.ctrl = StepController()

    def construct(self, y, h):
        k1 = ops.tanh(self.fc(y))
        k2 = ops.tanh(self.fc(y + h * k1))
        y_new = y + 0.5 * h * (k1 + k2)
        err = ops.reduce_max(ops.abs(0.5 * h * (k2 - k1)))
        new_h = h * self.ctrl.factor(float(err) / self.tol)
        return y_new, new_h


def make():
    np.random.seed(5)
    y = Tensor(np.random.randn(3, 5).astype(np.float32))
    return HeunStep(), (y, Tensor(0.1, ms.float32))
