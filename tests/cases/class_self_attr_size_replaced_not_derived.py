# case: construct reads a cached length attribute, then replaces it with the input's length (not computed from the old one) -> LAX dynamic at the write only, STRICT error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthCache(nn.Cell):
    def __init__(self, start=4):
        super().__init__()
        self.cached_len = start

    def construct(self, x):
        old = self.cached_len
        scale = x * float(old)
        self.cached_len = x.shape[0]
        return scale


def make():
    return LengthCache(), (Tensor(np.ones((3, 2), np.float32)),)
