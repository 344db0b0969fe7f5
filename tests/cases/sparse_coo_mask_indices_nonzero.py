# case: COO indices from ops.nonzero of a mask, values from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Sparsify(nn.Cell):
    def construct(self, x):
        m = x != 0
        idx = ops.nonzero(m)
        vals = ops.masked_select(x, m)
        return ms.COOTensor(idx, vals, (2, 3)).values.sum()


def make():
    return Sparsify(), (Tensor(np.array([[0, 1.0, 0], [4.0, 0, 5.0]], np.float32)),)
