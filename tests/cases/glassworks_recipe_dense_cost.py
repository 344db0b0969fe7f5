# case: batch recipe held as a dense fraction matrix, cost computed by matmul with the material price vector -> dense ops only, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MATERIALS = ("sand", "soda_ash", "limestone", "dolomite", "feldspar", "cullet")


class DenseRecipeCost(nn.Cell):
    def __init__(self, normalise=True):
        super().__init__()
        self.normalise = normalise

    def construct(self, fractions, cost_per_kg):
        if self.normalise:
            fractions = fractions / fractions.sum(axis=1, keepdims=True)
        cost = ops.matmul(fractions, cost_per_kg.reshape(-1, 1)).reshape(-1)
        cullet_share = fractions[:, len(MATERIALS) - 1]
        return cost, cullet_share


def make():
    np.random.seed(72)
    frac = np.random.rand(4, len(MATERIALS)).astype(np.float32)
    cost = (0.05 + 0.3 * np.random.rand(len(MATERIALS))).astype(np.float32)
    return DenseRecipeCost(), (Tensor(frac), Tensor(cost))
