# case: spread heat between neighbouring IS-machine mold cavities using a CSR adjacency matrix times the cavity temperature vector -> CSRTensor sparse matmul in construct, expect Graph mode error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoldHeatSpread(nn.Cell):
    def __init__(self, n_cavities=6, coupling=0.15):
        super().__init__()
        self.n = n_cavities
        self.coupling = coupling

    def construct(self, indptr, indices, weights, cavity_temp):
        adj = ms.CSRTensor(indptr, indices, weights, (self.n, self.n))
        flow = adj.mv(cavity_temp.reshape(-1, 1)).reshape(-1)
        degree = ops.ones((self.n,), ms.float32) * 2.0
        return cavity_temp + self.coupling * (flow - degree * cavity_temp)


def make():
    np.random.seed(81)
    n = 6
    indptr, indices = [0], []
    for i in range(n):
        indices += [(i - 1) % n, (i + 1) % n]
        indptr.append(len(indices))
    w = np.ones(len(indices), dtype=np.float32)
    temp = (480.0 + 30.0 * np.random.rand(n)).astype(np.float32)
    return MoldHeatSpread(), (Tensor(np.array(indptr, np.int32)), Tensor(np.array(indices, np.int32)),
                              Tensor(w), Tensor(temp))
