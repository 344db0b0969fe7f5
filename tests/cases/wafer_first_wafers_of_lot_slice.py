# case: keeps the first n_ref wafers of a lot as the reference set using a constructor int slice and compares each wafer map to their mean -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LotReferenceDiff(nn.Cell):
    def __init__(self, n_ref=3):
        super().__init__()
        self.n_ref = n_ref

    def reference(self, maps):
        return maps[:self.n_ref].mean(axis=0, keep_dims=True)

    def construct(self, maps):
        ref = self.reference(maps)
        rest = maps[self.n_ref:]
        diff = ops.abs(rest - ref).mean(axis=(1, 2))
        outlier = diff.argmax()
        return diff, outlier, rest.shape[0]


def make():
    np.random.seed(39)
    maps = np.random.rand(8, 12, 12).astype(np.float32)
    maps[6] += 0.5
    return LotReferenceDiff(), (Tensor(maps),)
