# case: cost a scaled production order through a sparse CSR recipe-by-ingredient matrix times ingredient prices -> CSRTensor and sparse matmul in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecipeScaler(nn.Cell):
    """Rows: recipes (baguette, rye, brioche, ciabatta); cols: ingredients (kg per 100 loaves)."""

    def __init__(self):
        super().__init__()
        self.indptr = Tensor([0, 3, 6, 10, 13], ms.int32)
        self.indices = Tensor([0, 1, 2, 0, 1, 3, 0, 1, 4, 5, 0, 1, 2], ms.int32)
        self.values = Tensor([25.0, 17.5, 0.5, 20.0, 16.0, 12.0, 22.0, 6.0, 5.0, 4.5, 24.0, 19.0, 0.6], ms.float32)
        self.shape = (4, 6)

    def construct(self, prices_per_kg, orders_hundreds):
        recipe = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        cost_per_hundred = recipe.mv(prices_per_kg)
        return (cost_per_hundred * orders_hundreds).sum(), cost_per_hundred


def make():
    np.random.seed(19)
    prices = Tensor(np.array([[0.55], [0.0], [0.9], [1.1], [2.4], [4.0]], np.float32))
    orders = Tensor(np.array([[3.0], [1.5], [0.8], [2.0]], np.float32))
    return RecipeScaler(), (prices, orders)
