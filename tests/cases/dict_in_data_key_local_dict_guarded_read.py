# case: int() of an item of a Tensor argument tested with `in` against a local dict of int keys, then read under the test: the test folds to False while compiling, static
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Prior(nn.Cell):
    def construct(self, x, ids):
        priors = {3: 0.2, 7: 0.5}
        key = int(ids[0])
        scale = 1.0
        if key in priors:
            scale = priors[key]
        return x * scale


def make():
    return Prior(), (Tensor(np.random.rand(8).astype(np.float32)), Tensor(np.array([3, 7], np.int32)))
