# case: patient-by-code count matrix assembled as a COOTensor inside construct and multiplied with code embeddings -> compile error or dynamic at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseCodeEncoder(nn.Cell):
    def __init__(self, n_patients=4, vocab_size=20, dim=8):
        super().__init__()
        self.shape = (n_patients, vocab_size)
        self.code_table = ms.Parameter(Tensor(np.random.RandomState(0).randn(vocab_size, dim).astype(np.float32)),
                                       name="code_table")
        self.proj = nn.Dense(dim, 1)

    def patient_code_matrix(self, patient_idx, code_idx, counts):
        indices = ops.stack((patient_idx, code_idx), axis=1)
        return ms.COOTensor(indices, counts, self.shape)

    def construct(self, patient_idx, code_idx, counts):
        mat = self.patient_code_matrix(patient_idx, code_idx, counts)
        dense = mat.to_dense()
        emb = ops.matmul(dense, self.code_table) / (dense.sum(1, keepdims=True) + 1.0)
        return self.proj(emb).squeeze(-1)


def make():
    np.random.seed(20)
    pidx = Tensor(np.array([0, 0, 1, 2, 2, 3], np.int32))
    cidx = Tensor(np.array([1, 5, 5, 3, 19, 7], np.int32))
    counts = Tensor(np.array([2, 1, 1, 3, 1, 4], np.float32))
    return SparseCodeEncoder(), (pidx, cidx, counts)
