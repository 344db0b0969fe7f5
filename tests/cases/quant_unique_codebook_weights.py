# case: weight-sharing compression builds a codebook with ops.unique over quantized weights and returns codebook and indices -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodebookCompressor(nn.Cell):
    def __init__(self, bits=3):
        super().__init__()
        self.levels = 2 ** bits - 1

    def snap(self, w):
        lo = ops.amin(w)
        step = (ops.amax(w) - lo) / self.levels
        return ops.round((w - lo) / step) * step + lo

    def construct(self, w):
        snapped = self.snap(w).reshape(-1)
        codebook, idx = ops.unique(snapped)
        num_codes = codebook.shape[0]
        return codebook, idx.reshape(w.shape), num_codes


def make():
    np.random.seed(14)
    w = Tensor(np.random.randn(6, 5).astype(np.float32))
    return CodebookCompressor(), (w,)
