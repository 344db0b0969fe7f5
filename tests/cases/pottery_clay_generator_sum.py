# case: sum clay-body component contributions with a generator expression over the rows of the composition tensor -> generator over tensor in construct, limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlasticityIndex(nn.Cell):
    def __init__(self, n_minerals=5):
        super().__init__()
        self.weights = Tensor(np.array([1.8, 0.4, 0.2, 1.1, 0.6], np.float32))
        self.n_minerals = n_minerals

    def construct(self, comps):
        total = sum(row * self.weights[i] for i, row in enumerate(comps))
        return total / comps.shape[0]


def make():
    np.random.seed(27)
    comps = np.random.rand(5, 4).astype(np.float32)
    return PlasticityIndex(), (Tensor(comps),)
