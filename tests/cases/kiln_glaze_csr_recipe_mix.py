# case: glaze recipe mixer multiplies a sparse CSR recipe-by-material matrix by material oxide analyses to get each glaze's unity formula -> CSRTensor built and used in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecipeMixer(nn.Cell):
    def __init__(self, n_recipes=4, n_materials=6):
        super().__init__()
        self.shape = (n_recipes, n_materials)

    def construct(self, indptr, indices, amounts, oxide_table):
        recipes = ms.CSRTensor(indptr, indices, amounts, self.shape)
        unity = recipes.mm(oxide_table)
        total = unity.sum(axis=1, keepdims=True)
        return unity / total


def make():
    np.random.seed(81)
    indptr = np.array([0, 3, 5, 8, 10], np.int32)
    indices = np.array([0, 2, 4, 1, 3, 0, 1, 5, 2, 5], np.int32)
    amounts = np.random.uniform(5, 40, 10).astype(np.float32)
    oxides = np.random.uniform(0, 1, (6, 5)).astype(np.float32)
    return RecipeMixer(), (Tensor(indptr), Tensor(indices), Tensor(amounts), Tensor(oxides))
