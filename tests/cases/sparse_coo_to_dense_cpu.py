# case: COOTensor built in construct and densified (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Densify(nn.Cell):
    def construct(self, indices, values):
        coo = ms.COOTensor(indices, values, (3, 4))
        return coo.to_dense()


def make():
    return Densify(), (Tensor(np.array([[0, 1], [2, 3]], np.int64)), Tensor(np.array([1.0, 2.0], np.float32)))
