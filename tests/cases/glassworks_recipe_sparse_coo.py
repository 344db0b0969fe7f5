# case: hold the batch recipe as a sparse COO matrix (recipe x raw material) and multiply by the material cost vector -> COOTensor built in construct, expect Graph mode to differ from PyNative (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecipeCost(nn.Cell):
    def __init__(self, n_recipes=4, n_materials=6):
        super().__init__()
        self.shape = (n_recipes, n_materials)

    def construct(self, indices, fractions, cost_per_kg):
        recipe = ms.COOTensor(indices, fractions, self.shape)
        dense = recipe.to_dense()
        cost = ops.matmul(dense, cost_per_kg.reshape(-1, 1)).reshape(-1)
        return cost, recipe.values.sum()


def make():
    np.random.seed(71)
    idx = np.array([[0, 0], [0, 1], [0, 2], [1, 0], [1, 3], [2, 1], [2, 4], [3, 0], [3, 5]], dtype=np.int32)
    frac = np.array([0.6, 0.2, 0.2, 0.7, 0.3, 0.5, 0.5, 0.8, 0.2], dtype=np.float32)
    cost = (0.05 + 0.3 * np.random.rand(6)).astype(np.float32)
    return RecipeCost(), (Tensor(idx), Tensor(frac), Tensor(cost))
