# case: build a sparse COOTensor policy-by-peril claim matrix from claim records and densify it to sum per policy -> sparse tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class PerilMatrix(nn.Cell):
    def __init__(self, n_policies=6, n_perils=4):
        super().__init__()
        self.shape = (n_policies, n_perils)

    def construct(self, indices, amounts):
        sp = COOTensor(indices, amounts, self.shape)
        dense = sp.to_dense()
        per_policy = dense.sum(axis=1)
        per_peril = dense.sum(axis=0)
        return per_policy, per_peril


def make():
    np.random.seed(24)
    idx = np.array([[0, 1], [1, 0], [2, 3], [3, 2], [5, 1], [4, 0]], dtype=np.int32)
    amt = np.random.gamma(2.0, 500.0, size=(6,)).astype(np.float32)
    return PerilMatrix(), (Tensor(idx), Tensor(amt))
