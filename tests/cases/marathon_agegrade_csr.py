# case: age-grading factor table stored as a CSR matrix (age x distance) and multiplied by a runner's one-hot distance vector -> CSRTensor and sparse matmul in construct, expect Graph mode trouble on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseAgeGrade(nn.Cell):
    def __init__(self, indptr, indices, values, shape):
        super().__init__()
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)
        self.shape = shape

    def construct(self, dist_onehot, chip_time, open_standard):
        table = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        factors = table.mv(dist_onehot)
        graded = chip_time * factors
        return open_standard / graded


def make():
    np.random.seed(91)
    n_age, n_dist = 12, 5
    dense = np.where(np.random.rand(n_age, n_dist) > 0.4,
                     np.random.uniform(0.75, 1.0, (n_age, n_dist)), 0).astype(np.float32)
    dense[:, 3] = np.linspace(1.0, 0.78, n_age)
    rows, cols = np.nonzero(dense)
    indptr = np.zeros(n_age + 1, dtype=np.int32)
    np.add.at(indptr, rows + 1, 1)
    indptr = np.cumsum(indptr).astype(np.int32)
    onehot = np.zeros((n_dist, 1), dtype=np.float32)
    onehot[3] = 1.0
    chip = np.random.uniform(10000, 16000, (n_age, 1)).astype(np.float32)
    std = Tensor(np.full((n_age, 1), 7299.0, dtype=np.float32))
    model = SparseAgeGrade(indptr, cols.astype(np.int32), dense[rows, cols], (n_age, n_dist))
    return model, (Tensor(onehot), Tensor(chip), std)
