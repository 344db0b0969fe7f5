# case: counts cohort patients per age band with a comparison against constant band edges and a column sum -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgeBandHistogram(nn.Cell):
    def __init__(self, edges=(18.0, 40.0, 65.0)):
        super().__init__()
        self.edges = Tensor(np.array(edges, np.float32))
        self.n_bands = len(edges) + 1

    def construct(self, ages):
        band = (ages.expand_dims(-1) >= self.edges).astype(ms.int32).sum(axis=-1)
        onehot = ops.one_hot(band, self.n_bands, Tensor(1, ms.int32), Tensor(0, ms.int32))
        return onehot.sum(axis=0)


def make():
    np.random.seed(30)
    ages = np.random.randint(10, 90, size=10).astype(np.float32)
    return AgeBandHistogram(), (Tensor(ages),)
