# case: passes a COOTensor as an argument to construct, scales its values and densifies it; sparse inputs compile statically in graph mode on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, COOTensor


class ScaleSparse(nn.Cell):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def construct(self, sp):
        vals = sp.values * self.factor
        out = COOTensor(sp.indices, vals, sp.shape)
        return out.to_dense()


def make():
    sp = COOTensor(Tensor(np.array([[0, 0], [1, 2]], np.int32)),
                   Tensor(np.array([3.0, 4.0], np.float32)), (2, 3))
    return ScaleSparse(2.0), (sp,)
