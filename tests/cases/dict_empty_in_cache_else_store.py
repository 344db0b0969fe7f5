# case: a lookup cache starts empty in construct and is asked for a key read from a tensor, not in a loop -> the membership of the empty dict is decided while compiling, so the else arm's store by a data key fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedLookup(nn.Cell):
    def construct(self, ids, feats):
        cache = {}
        key = int(ids[0])
        if key in cache:
            out = cache[key] * 2.0
        else:
            cache[key] = feats[0]
            out = feats[0]
        return out


def make():
    np.random.seed(1)
    return CachedLookup(), (Tensor(np.array([2, 1, 0], np.int32)), Tensor(np.random.randn(3, 4).astype(np.float32)))
