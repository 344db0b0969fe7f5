# case: @ms.jit feature-hashing function converts the categorical ids with .asnumpy() and hashes them with NumPy before building the one-hot -> Graph mode rejects (or falls back on) the NumPy conversion
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_BUCKETS = 16
SALTS = (17, 101, 257)


def _np_hash(arr, salt, buckets):
    return np.remainder(arr.astype(np.int64) * 2654435761 + salt, buckets).astype(np.int32)


@ms.jit
def hash_encode(x_cat, weights):
    arr = x_cat.asnumpy()
    cols = [_np_hash(arr[:, j], SALTS[j], N_BUCKETS) for j in range(arr.shape[1])]
    ids = Tensor(np.stack(cols, axis=1))
    oh = ops.one_hot(ids, N_BUCKETS, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    return ops.matmul(oh, weights)


def make():
    np.random.seed(42)
    x_cat = Tensor(np.random.randint(0, 1000, size=(6, 3)).astype(np.int32))
    weights = Tensor(np.random.randn(N_BUCKETS, 4).astype(np.float32))
    return hash_encode, (x_cat, weights)
