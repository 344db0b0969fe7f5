# case: a complex literal on a branch a constructor flag (False) never takes -> still refused: the parser reads both branches first
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Phase(nn.Cell):
    def __init__(self, use_complex=False):
        super().__init__()
        self.use_complex = use_complex
        self.complex = ops.Complex()

    def construct(self, re, im):
        if self.use_complex:
            z = self.complex(re, im) * 1j
            return ops.real(z)
        return re * 2.0 - im


def make():
    np.random.seed(3)
    re = Tensor(np.random.rand(5).astype(np.float32))
    return Phase(), (re, re * 0.5)
