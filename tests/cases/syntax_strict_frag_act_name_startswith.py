# case: activation chosen by a name prefix in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(4, 4)
        self.act_name = 'gelu_tanh'

    def construct(self, x, k):
        h = self.dense(x)
        if self.act_name.startswith('gelu'):
            return ops.gelu(h)
        return ops.relu(h)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
