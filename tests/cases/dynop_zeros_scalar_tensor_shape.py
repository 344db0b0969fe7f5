# case: mint.zeros with a shape tuple holding a tensor computed via argmax
import numpy as np
import mindspore as ms
from mindspore import nn, mint, ops


class Buf(nn.Cell):
    def construct(self, x):
        n = ops.argmax(x) + 1
        return mint.zeros((n,), dtype=ms.float32)


def make():
    return Buf(), (ms.Tensor(np.array([1, 5, 2], np.float32)),)
