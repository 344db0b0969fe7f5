# case: aggregates hop grams per variety with a one-hot matrix whose depth is the catalogue size given to the constructor -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HopCatalogueTotals(nn.Cell):
    def __init__(self, catalogue_size=12, normalise=True):
        super().__init__()
        self.catalogue_size = catalogue_size
        self.normalise = normalise

    def construct(self, variety_ids, grams):
        onehot = ops.one_hot(variety_ids, self.catalogue_size,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        totals = ops.matmul(grams.reshape(1, -1), onehot).reshape(-1)
        if self.normalise:
            totals = totals / (totals.sum() + 1e-6)
        used = (totals > 0).astype(ms.int32).sum()
        return totals, used


def make():
    np.random.seed(13)
    ids = np.array([3, 1, 3, 7, 1, 3, 9], dtype=np.int32)
    grams = np.random.uniform(5, 40, size=7).astype(np.float32)
    return HopCatalogueTotals(), (Tensor(ids), Tensor(grams))
