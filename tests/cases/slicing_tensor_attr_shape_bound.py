import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: a rotary cache kept on the Cell sliced to the input's length read from its shape
class Rotary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cos_cached = Tensor(np.cos(np.arange(64, dtype=np.float32)).reshape(16, 4))

    def construct(self, x):
        seq_len = x.shape[0]
        return x * self.cos_cached[:seq_len]


def make():
    return Rotary(), (Tensor(np.ones((5, 4), np.float32)),)
