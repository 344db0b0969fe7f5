# case: count bins per cultivar with a one-hot sum over a fixed cultivar list -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BinCultivarMix(nn.Cell):
    def __init__(self, n_cultivars=8):
        super().__init__()
        self.n_cultivars = n_cultivars
        self.price = ms.Parameter(Tensor(np.linspace(0.8, 1.6, n_cultivars).astype(np.float32)),
                                  name="price_per_kg", requires_grad=False)

    def construct(self, cultivar_ids, bin_kg):
        onehot = ops.one_hot(cultivar_ids, self.n_cultivars,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        bins_per_cultivar = onehot.sum(axis=0)
        n_present = (bins_per_cultivar > 0).astype(ms.int32).sum()
        unit = ops.gather(self.price, cultivar_ids, 0)
        revenue = (unit * bin_kg).sum()
        return revenue, bins_per_cultivar, n_present


def make():
    np.random.seed(12)
    ids = Tensor(np.random.randint(0, 5, size=(50,)).astype(np.int32))
    kg = Tensor((np.random.rand(50) * 300 + 100).astype(np.float32))
    return BinCultivarMix(), (ids, kg)
