# case: comparison mask used arithmetically instead of indexing (near miss)
import numpy as np
import mindspore as ms
from mindspore import mint, nn, Tensor


class Relu(nn.Cell):
    def construct(self, x):
        m = mint.gt(x, 0)
        return x * m.astype(x.dtype)


def make():
    return Relu(), (Tensor(np.array([-1, 2, -3, 4], np.float32)),)
