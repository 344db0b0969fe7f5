# case: ms.jit function bins dwell times into a fixed 6-bucket histogram with one_hot and sum -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BIN_EDGES_MIN = (15.0, 30.0, 60.0, 120.0, 240.0)


@ms.jit
def dwell_histogram(dwell_min):
    edges = Tensor(np.array(BIN_EDGES_MIN, dtype=np.float32))
    bucket = (dwell_min.expand_dims(1) > edges.expand_dims(0)).astype(ms.int32).sum(axis=1)
    onehot = ops.one_hot(bucket, len(BIN_EDGES_MIN) + 1, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    hist = onehot.sum(axis=0)
    return hist / dwell_min.shape[0]


def make():
    np.random.seed(34)
    dwell = Tensor(np.random.exponential(60, 25).astype(np.float32))
    return dwell_histogram, (dwell,)
