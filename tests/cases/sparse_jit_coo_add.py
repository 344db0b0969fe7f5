# case: ops.coo_add of two COOTensors built inside an @ms.jit function
import numpy as np
import mindspore as ms
from mindspore import ops, COOTensor, Tensor


@ms.jit
def combine(idx_a, val_a, idx_b, val_b):
    a = COOTensor(idx_a, val_a, (3, 3))
    b = COOTensor(idx_b, val_b, (3, 3))
    return ops.coo_add(a, b, Tensor(0.0, ms.float32)).values


def make():
    return combine, (Tensor(np.array([[0, 0], [1, 2]], np.int64)), Tensor(np.array([1.0, 2.0], np.float32)),
                     Tensor(np.array([[0, 0], [2, 1]], np.int64)), Tensor(np.array([3.0, 4.0], np.float32)))
