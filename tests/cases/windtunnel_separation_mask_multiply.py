# case: mean pressure coefficient over the separated region computed with a float mask and masked sums -> mask by multiplication, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeparatedRegionCpSoft(nn.Cell):
    def __init__(self, grad_threshold=0.05, eps=1e-6):
        super().__init__()
        self.grad_threshold = grad_threshold
        self.eps = eps

    def pressure_gradient(self, cp, x):
        return (cp[1:] - cp[:-1]) / (x[1:] - x[:-1])

    def construct(self, cp_upper, x_chord):
        dcpdx = self.pressure_gradient(cp_upper, x_chord)
        adverse = (dcpdx > self.grad_threshold).astype(ms.float32)
        cp_sep = cp_upper[1:] * adverse
        n_sep = adverse.sum()
        return cp_sep.sum() / (n_sep + self.eps), n_sep


def make():
    np.random.seed(22)
    x = np.linspace(0.01, 1.0, 40).astype(np.float32)
    cp = (-1.2 * np.exp(-8 * x) + 0.6 * x + 0.02 * np.random.randn(40)).astype(np.float32)
    return SeparatedRegionCpSoft(), (Tensor(cp), Tensor(x))
