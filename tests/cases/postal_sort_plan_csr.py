# case: sorting-centre plan stores the chute-by-destination routing matrix as a CSRTensor passed in from outside and multiplies destination volumes through it -> sparse CSR input and sparse matmul, may be unsupported on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChuteLoadPlanner(nn.Cell):
    def __init__(self, n_chutes=4, n_dest=6):
        super().__init__()
        self.n_chutes = n_chutes
        self.n_dest = n_dest

    def construct(self, indptr, indices, values, dest_volume):
        plan = ms.CSRTensor(indptr, indices, values, (self.n_chutes, self.n_dest))
        load = plan.mv(dest_volume)
        return load / load.sum()


def make():
    np.random.seed(71)
    indptr = Tensor(np.array([0, 2, 3, 5, 6], dtype=np.int32))
    indices = Tensor(np.array([0, 3, 1, 2, 4, 5], dtype=np.int32))
    values = Tensor(np.ones(6, dtype=np.float32))
    vol = Tensor((np.random.rand(6, 1) * 100).astype(np.float32))
    return ChuteLoadPlanner(), (indptr, indices, values, vol)
