# case: pre/de-emphasis filter applied via a matrix, with try/except fallback when the lengths mismatch -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def deemphasis_matrix(n, coef):
    # y[t] = x[t] + coef * y[t-1]  ->  y = L x with L[t, s] = coef**(t-s)
    t = np.arange(n)
    expo = t[:, None] - t[None, :]
    mat = np.where(expo >= 0, coef ** np.maximum(expo, 0), 0.0)
    return mat.astype(np.float32)


class DeEmphasis(nn.Cell):
    def __init__(self, length=32, coef=0.97):
        super().__init__()
        self.length = length
        self.coef = coef
        self.mat = Tensor(deemphasis_matrix(length, coef))

    def construct(self, wav):
        try:
            y = ops.matmul(wav, self.mat.T)
        except ValueError:
            y = wav
        return y / (ops.abs(y).max() + 1e-6)


def make():
    np.random.seed(29)
    wav = np.random.randn(2, 32).astype(np.float32)
    return DeEmphasis(), (Tensor(wav),)
