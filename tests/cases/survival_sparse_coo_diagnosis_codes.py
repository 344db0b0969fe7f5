# case: builds a COOTensor of patient diagnosis codes inside construct and multiplies it with a code embedding table -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor, Parameter


class SparseCodeRisk(nn.Cell):
    def __init__(self, num_codes=20, emb_dim=6, num_patients=4):
        super().__init__()
        self.table = Parameter(Tensor(np.random.randn(num_codes, emb_dim).astype(np.float32) * 0.1), name="code_table")
        self.shape = (num_patients, num_codes)
        self.risk = nn.Dense(emb_dim, 1)

    def construct(self, indices, values):
        codes = COOTensor(indices, values, self.shape)
        dense = codes.to_dense()
        emb = ops.matmul(dense, self.table)
        return self.risk(emb).squeeze(-1)


def make():
    np.random.seed(29)
    indices = Tensor(np.array([[0, 1], [0, 5], [1, 3], [2, 7], [2, 19], [3, 0], [3, 12]], dtype=np.int32))
    values = Tensor(np.ones(7, dtype=np.float32))
    return SparseCodeRisk(), (indices, values)
