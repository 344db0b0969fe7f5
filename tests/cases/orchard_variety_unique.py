# case: count how many distinct cultivars appear in a harvest bin log using ops.unique -> data-dependent output length, Graph mode should go dynamic or reject
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
        present, _ = ops.unique(cultivar_ids)
        n_present = present.shape[0]
        unit = ops.gather(self.price, cultivar_ids, 0)
        revenue = (unit * bin_kg).sum()
        return revenue, present, n_present


def make():
    np.random.seed(11)
    ids = Tensor(np.random.randint(0, 5, size=(50,)).astype(np.int32))
    kg = Tensor((np.random.rand(50) * 300 + 100).astype(np.float32))
    return BinCultivarMix(), (ids, kg)
