# case: builds a sparse COO patient-by-drug exposure matrix inside construct and multiplies it with drug risk weights -> may error or compile with sparse support
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseExposureRisk(nn.Cell):
    def __init__(self, n_patients=6, n_drugs=5):
        super().__init__()
        self.shape = (n_patients, n_drugs)
        self.drug_risk = ms.Parameter(Tensor(np.linspace(0.1, 0.9, n_drugs).reshape(n_drugs, 1), ms.float32),
                                      name="drug_risk")

    def construct(self, indices, doses):
        exposure = COOTensor(indices, doses, self.shape)
        dense = exposure.to_dense()
        return ops.matmul(dense, self.drug_risk).squeeze(-1)


def make():
    np.random.seed(24)
    idx = np.array([[0, 1], [0, 3], [2, 0], [3, 4], [5, 2], [5, 1]], np.int32)
    doses = np.random.uniform(5, 50, size=6).astype(np.float32)
    return SparseExposureRisk(), (Tensor(idx), Tensor(doses))
