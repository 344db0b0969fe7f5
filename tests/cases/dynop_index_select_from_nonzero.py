# case: picks rows with ops.index_select using indices produced by nonzero on a mask, so the index length depends on data and the output is dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeepActive(nn.Cell):
    def construct(self, feats, active):
        idx = ops.nonzero(active).reshape(-1)
        kept = ops.index_select(feats, 0, idx)
        return kept.sum(axis=0)


def make():
    feats = Tensor(np.random.randn(6, 4).astype(np.float32))
    active = Tensor(np.array([1, 0, 1, 1, 0, 0], np.int32))
    return KeepActive(), (feats, active)
