# case: keep the dye library as a CSR matrix of recipes and multiply by the unit K/S matrix with the sparse matmul -> CSRTensor in construct, expected error on CPU graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CSRRecipeMixer(nn.Cell):
    def __init__(self, n_recipes=4, n_dyes=6):
        super().__init__()
        self.dense_shape = (n_recipes, n_dyes)

    def construct(self, indptr, indices, owf, unit_ks):
        recipes = ms.CSRTensor(indptr, indices, owf, self.dense_shape)
        ks = recipes.mm(unit_ks)
        return ks.sum(axis=1)


def make():
    np.random.seed(27)
    indptr = np.array([0, 2, 3, 5, 6], np.int32)
    indices = np.array([0, 3, 1, 2, 5, 4], np.int32)
    owf = np.random.uniform(0.1, 2.0, size=6).astype(np.float32)
    unit = np.abs(np.random.randn(6, 31)).astype(np.float32)
    return CSRRecipeMixer(), (Tensor(indptr), Tensor(indices), Tensor(owf), Tensor(unit))
