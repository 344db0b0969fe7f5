# case: sub-Cell builds a COOTensor and densifies it (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, COOTensor


class Densify(nn.Cell):
    def construct(self, idx, val):
        return COOTensor(idx, val, (4, 2)).to_dense()


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.d = Densify()

    def construct(self, idx, val):
        return self.d(idx, val * 2).sum(axis=1)


def make():
    return Model(), (Tensor(np.array([[0, 1], [3, 0]], np.int32)), Tensor(np.array([1.0, 2.0], np.float32)))
