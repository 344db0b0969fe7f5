# case: ms.mutable Python int used to compute a reshape size; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Chunker(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x, chunk):
        n = x.shape[0] // chunk
        y = x.reshape((n, chunk, -1))
        return y.sum(axis=1)


def make():
    x = Tensor(np.ones((8, 4), np.float32))
    return Chunker(), (x, ms.mutable(2))
