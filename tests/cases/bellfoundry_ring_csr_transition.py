# case: propagate bell-position probabilities through a sparse change-transition matrix held as a CSRTensor with a CSR matvec -> CSRTensor and sparse op in construct, expected error or dynamic on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositionChain(nn.Cell):
    def __init__(self, indptr, indices, values, n_pos=6, n_changes=3):
        super().__init__()
        self.indptr = Tensor(indptr, ms.int32)
        self.indices = Tensor(indices, ms.int32)
        self.values = Tensor(values, ms.float32)
        self.shape = (n_pos, n_pos)
        self.n_changes = n_changes

    def construct(self, prob):
        trans = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        p = prob.reshape(-1, 1)
        for _ in range(self.n_changes):
            p = trans.mv(p)
        return p.reshape(-1)


def make():
    dense = np.zeros((6, 6), np.float32)
    for i in range(6):
        for j in (i - 1, i + 1):
            if 0 <= j < 6:
                dense[i, j] = 0.5
    dense[0, 0] = dense[5, 5] = 0.5
    rows, cols = np.nonzero(dense)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=6))])
    prob = np.array([1, 0, 0, 0, 0, 0], np.float32)
    return PositionChain(indptr, cols, dense[rows, cols]), (Tensor(prob),)
