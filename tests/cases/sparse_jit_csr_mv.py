# case: CSRTensor.mv with a dense column vector inside @ms.jit (near miss)
import numpy as np
import mindspore as ms
from mindspore import Tensor, CSRTensor


@ms.jit
def spmv(ptr, col, val, vec):
    a = CSRTensor(ptr, col, val, (3, 4))
    return a.mv(vec)


def make():
    return spmv, (Tensor(np.array([0, 1, 2, 2], np.int32)), Tensor(np.array([1, 3], np.int32)),
                  Tensor(np.array([2.0, 3.0], np.float32)), Tensor(np.ones((4, 1), np.float32)))
