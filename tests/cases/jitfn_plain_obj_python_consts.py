# case: @ms.jit function instantiates a plain config class from Python constants only (no tensors) and reads its fields; constant-folded -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


class Affine:
    def __init__(self, scale, bias):
        self.scale = scale
        self.bias = bias


@ms.jit
def affine(x):
    cfg = Affine(2.0, -1.0)
    return x * cfg.scale + cfg.bias


def make():
    return affine, (Tensor(np.ones((2, 3), np.float32)),)
