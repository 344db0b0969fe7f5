# case: mixed-precision search grows the bit width in a while loop until reconstruction error is below tolerance, stacking each candidate -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def fake_quant_sym(x, bits):
    qmax = 2.0 ** (bits - 1) - 1
    scale = ops.abs(x).max() / qmax
    return ops.round(x / scale) * scale


class BitwidthSearch(nn.Cell):
    def __init__(self, min_bits=2, max_bits=8, tol=1e-3):
        super().__init__()
        self.min_bits = min_bits
        self.max_bits = max_bits
        self.tol = tol

    def construct(self, w):
        bits = self.min_bits
        candidates = []
        err = ops.mean((fake_quant_sym(w, bits) - w) ** 2)
        while err > self.tol and bits < self.max_bits:
            candidates.append(fake_quant_sym(w, bits))
            bits = bits + 1
            err = ops.mean((fake_quant_sym(w, bits) - w) ** 2)
        candidates.append(fake_quant_sym(w, bits))
        history = ops.stack(candidates)
        return history[-1], history.shape[0]


def make():
    np.random.seed(10)
    w = Tensor(np.random.randn(8, 8).astype(np.float32))
    return BitwidthSearch(), (w,)
