# case: @ms.jit power-iteration loop runs while a tensor counter is below a limit, state keeps a fixed shape; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def normalize(v):
    return v / ops.sqrt((v * v).sum() + 1e-6)


@ms.jit
def power_iteration(w, v, iters):
    i = Tensor(0, ms.int32)
    while i < iters:
        v = normalize(ops.matmul(w.T, ops.matmul(w, v)))
        i = i + 1
    sigma = ops.matmul(v, ops.matmul(w.T, ops.matmul(w, v)))
    return sigma, v


def make():
    rs = np.random.RandomState(9)
    w = Tensor(rs.randn(6, 4).astype(np.float32))
    v = Tensor(rs.randn(4).astype(np.float32))
    return power_iteration, (w, v, Tensor(4, ms.int32))
