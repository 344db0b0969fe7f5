# case: multiply a sparse CSR matrix of which diet items each animal gets by the nutrient table to get daily nutrient intake -> CSRTensor built in construct, Graph mode may reject or handle it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RationNutrients(nn.Cell):
    def __init__(self, n_animals=4, n_items=6):
        super().__init__()
        self.shape = (n_animals, n_items)

    def construct(self, indptr, indices, grams, nutrient_table):
        ration = ms.CSRTensor(indptr, indices, grams, self.shape)
        per_animal = ration.mm(nutrient_table)
        return per_animal / 1000.0


def make():
    np.random.seed(81)
    indptr = Tensor(np.array([0, 2, 3, 5, 6], dtype=np.int32))
    indices = Tensor(np.array([0, 3, 1, 2, 5, 4], dtype=np.int32))
    grams = Tensor(np.random.uniform(100, 900, size=(6,)).astype(np.float32))
    table = Tensor(np.random.rand(6, 3).astype(np.float32))
    return RationNutrients(), (indptr, indices, grams, table)
