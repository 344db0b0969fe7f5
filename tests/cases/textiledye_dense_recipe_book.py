# case: scatter recipe book entries (recipe, dye, %owf) into a dense recipe matrix with tensor_scatter_add and compute K/S -> fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseRecipeBook(nn.Cell):
    def __init__(self, n_recipes=6, n_dyes=10, substrate_ks=0.02):
        super().__init__()
        self.n_recipes = n_recipes
        self.n_dyes = n_dyes
        self.substrate_ks = substrate_ks

    def construct(self, indices, owf, unit_ks):
        book = ops.zeros((self.n_recipes, self.n_dyes), ms.float32)
        book = ops.tensor_scatter_add(book, indices, owf)
        ks = ops.matmul(book, unit_ks) + self.substrate_ks
        return ks


def make():
    np.random.seed(28)
    idx = np.array([[0, 1], [0, 4], [1, 2], [2, 7], [3, 0], [4, 9], [5, 3], [5, 5]], np.int32)
    owf = np.random.uniform(0.1, 2.0, size=idx.shape[0]).astype(np.float32)
    unit = np.abs(np.random.randn(10, 31)).astype(np.float32)
    return DenseRecipeBook(), (Tensor(idx), Tensor(owf), Tensor(unit))
