# case: jit function allocates a zeros buffer whose length is int() of a train-count tensor -> tensor value used as a shape, error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def pad_platform_arrivals(arrivals, n_trains):
    buf = ops.zeros((int(n_trains), arrivals.shape[1]), ms.float32)
    buf[: arrivals.shape[0]] = arrivals
    return buf.sum(axis=0)


def make():
    np.random.seed(19)
    arr = Tensor(np.random.uniform(0, 60, size=(4, 3)).astype(np.float32))
    return pad_platform_arrivals, (arr, Tensor(6, ms.int32))
