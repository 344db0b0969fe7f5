# case: @ms.jit function picks the commercial barges out of the waiting queue with boolean indexing and sums their lengths -> boolean-mask index in a jit function, expect dynamic shape or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def commercial_length(lengths, vessel_class):
    is_barge = vessel_class == 1
    barges = lengths[is_barge]
    return barges.sum(), barges.shape[0]


def make():
    np.random.seed(252)
    ln = np.random.uniform(8, 30, size=(10,)).astype(np.float32)
    cls = np.random.randint(0, 3, size=(10,)).astype(np.int32)
    return commercial_length, (Tensor(ln), Tensor(cls))
