# case: ms.tensor(v) (lower case, no dtype) of a NumPy result, then a graph op on a later line
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        scores = np.sort(x.asnumpy(), axis=-1)
        s = ms.tensor(scores)
        return ops.softmax(s, axis=-1)


def make():
    return Net(), (Tensor(np.random.randn(2, 5).astype(np.float32)),)
