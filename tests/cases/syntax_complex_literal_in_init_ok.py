# case: twiddle factors from 1j computed with NumPy in __init__, only their real part kept -> static, __init__ is not compiled
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Twiddle(nn.Cell):
    def __init__(self, n=8):
        super().__init__()
        w = np.exp(-2j * np.pi * np.arange(n) / n)
        self.w_re = Tensor(w.real.astype(np.float32))
        self.w_im = Tensor(w.imag.astype(np.float32))

    def construct(self, x):
        return x * self.w_re - x * self.w_im


def make():
    np.random.seed(4)
    return Twiddle(), (Tensor(np.random.rand(8).astype(np.float32)),)
