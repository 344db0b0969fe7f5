# case: for a paediatric patient (age tensor < 18) append a weight-based dose column, otherwise return the adult dose table unchanged -> branches leave different shapes, graph mode should fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def mg_per_kg(weight, mg_kg=15.0):
    return weight * mg_kg


class DoseTable(nn.Cell):
    def __init__(self, n_drugs=6):
        super().__init__()
        self.base = nn.Dense(4, n_drugs)

    def construct(self, vitals, age, weight):
        table = ops.relu(self.base(vitals))
        if age < 18:
            peds = mg_per_kg(weight).reshape(-1, 1)
            table = ops.concat((table, peds), axis=1)
        return table


def make():
    np.random.seed(81)
    vitals = Tensor(np.random.randn(3, 4).astype(np.float32))
    age = Tensor(np.array(9.0, np.float32))
    weight = Tensor(np.random.uniform(15, 35, (3,)).astype(np.float32))
    return DoseTable(), (vitals, age, weight)
