# case: ms.ops.topk with a tensor k in a jit function
import numpy as np
import mindspore as ms
from mindspore import Tensor

@ms.jit
def best(x, k):
    vals, _ = ms.ops.topk(x, k)
    return vals


def make():
    return best, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)), Tensor(np.array(3, np.int64)))
