# case: mean pressure coefficient over the separated region of an airfoil, selected with a boolean mask on adverse gradient -> boolean-mask indexing, data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeparatedRegionCp(nn.Cell):
    def __init__(self, grad_threshold=0.05):
        super().__init__()
        self.grad_threshold = grad_threshold

    def pressure_gradient(self, cp, x):
        dcp = cp[1:] - cp[:-1]
        dx = x[1:] - x[:-1]
        return dcp / dx

    def construct(self, cp_upper, x_chord):
        dcpdx = self.pressure_gradient(cp_upper, x_chord)
        adverse = dcpdx > self.grad_threshold
        cp_sep = cp_upper[1:][adverse]
        return cp_sep.mean()


def make():
    np.random.seed(21)
    x = np.linspace(0.01, 1.0, 40).astype(np.float32)
    cp = (-1.2 * np.exp(-8 * x) + 0.6 * x + 0.02 * np.random.randn(40)).astype(np.float32)
    return SeparatedRegionCp(), (Tensor(cp), Tensor(x))
