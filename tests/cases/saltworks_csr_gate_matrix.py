# case: total gate discharge per pond from a sparse CSR gate-to-pond matrix times the gate opening vector -> CSRTensor built in construct, expect Graph mode trouble with sparse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateDischarge(nn.Cell):
    def __init__(self, n_ponds=5, n_gates=6, cd=0.62):
        super().__init__()
        self.shape = (n_ponds, n_gates)
        self.cd = cd  # discharge coefficient of a sluice gate

    def construct(self, indptr, gate_cols, weights, opening_m):
        gates = ms.CSRTensor(indptr, gate_cols, weights * self.cd, self.shape)
        q = gates.mv(opening_m)
        return q.reshape(-1)


def make():
    np.random.seed(12)
    indptr = Tensor(np.array([0, 2, 3, 5, 6, 7], dtype=np.int32))
    cols = Tensor(np.array([0, 1, 2, 2, 3, 4, 5], dtype=np.int32))
    weights = Tensor(np.random.uniform(0.5, 2.0, size=(7,)).astype(np.float32))
    opening = Tensor(np.random.uniform(0.0, 0.4, size=(6, 1)).astype(np.float32))
    return GateDischarge(), (indptr, cols, weights, opening)
