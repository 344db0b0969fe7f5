# case: a construct argument built from a NumPy comparison bound to a name first (allowed = rng.random(8) < 0.4; Tensor(allowed)) indexes the rows: a boolean mask, dynamic length
import numpy as np
from mindspore import nn, ops, Tensor


class KeepRows(nn.Cell):
    def construct(self, feats, allowed):
        kept = feats[allowed]
        return ops.ReduceMean()(kept, 0)


def make():
    rng = np.random.default_rng(1)
    allowed = rng.random(8) < 0.4
    return KeepRows(), (Tensor(rng.random((8, 3)).astype(np.float32)), Tensor(allowed))
