# case: near miss: ms.jit(fn) wrapping a plain function with only static ops
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


def positions(v):
    return ops.argmax(v, 0)


locate = ms.jit(positions)


def make():
    return locate, (Tensor(np.array([0, 2, 3, 1], np.float32)),)
