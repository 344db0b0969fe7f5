# case: sinusoidal positional encoding whose arange end is x.shape[1] (near miss)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinusoidalPE(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.freq = Tensor(np.exp(np.arange(0, dim, 2) * (-math.log(10000.0) / dim)).astype(np.float32))
        self.drop = nn.Dropout(p=0.1)

    def construct(self, x):
        _, seq_len, _ = x.shape
        pos = ops.arange(0, seq_len, dtype=ms.float32).expand_dims(1)
        ang = pos * self.freq.expand_dims(0)
        pe = ops.concat((ops.sin(ang), ops.cos(ang)), axis=-1)
        return self.drop(x + pe.expand_dims(0))


def make():
    net = SinusoidalPE()
    net.set_train(False)
    return net, (Tensor(np.random.randn(2, 6, 8).astype(np.float32)),)
