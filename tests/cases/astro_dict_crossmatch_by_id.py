# case: cross-match two catalogues by building a Python dict keyed on integer source ids taken from tensors -> dict keyed by tensor values in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IdCrossMatch(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, ids_a, mag_a, ids_b, mag_b):
        lookup = {}
        for i in range(ids_a.shape[0]):
            lookup[int(ids_a[i])] = mag_a[i]
        colours = []
        for j in range(ids_b.shape[0]):
            key = int(ids_b[j])
            if key in lookup:
                colours.append(lookup[key] - mag_b[j])
        return ops.stack(colours)


def make():
    np.random.seed(12)
    ids_a = np.arange(100, 110).astype(np.int32)
    ids_b = np.array([101, 104, 107, 120, 109], np.int32)
    mag_a = np.random.uniform(15, 18, 10).astype(np.float32)
    mag_b = np.random.uniform(14, 17, 5).astype(np.float32)
    return IdCrossMatch(), (Tensor(ids_a), Tensor(mag_a), Tensor(ids_b), Tensor(mag_b))
