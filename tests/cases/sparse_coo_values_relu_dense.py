# case: COOTensor built in construct with a constant shape, elementwise ops.coo_relu on it, then .to_dense(); nnz comes from the static input so it compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseRelu(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense_shape = (3, 3)

    def construct(self, idx, vals):
        sp = COOTensor(idx, vals, self.dense_shape)
        sp = ops.coo_relu(sp)
        return sp.to_dense() + 1.0


def make():
    idx = Tensor(np.array([[0, 0], [1, 1], [2, 0]], np.int32))
    vals = Tensor(np.array([-1.0, 2.0, 3.0], np.float32))
    return SparseRelu(), (idx, vals)
