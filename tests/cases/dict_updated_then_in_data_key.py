# case: a dict filled by update() with constant int keys, then asked whether a key read from a tensor is in it -> the membership is not the empty dict's
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TableLookup(nn.Cell):
    def construct(self, ids, feats):
        table = {}
        table.update({0: feats[0], 1: feats[1]})
        key = int(ids[0])
        if key in table:
            out = feats[2] * 2.0
        else:
            out = feats[2]
        return out


def make():
    np.random.seed(3)
    return TableLookup(), (Tensor(np.array([1, 0, 2], np.int32)), Tensor(np.random.randn(3, 4).astype(np.float32)))
