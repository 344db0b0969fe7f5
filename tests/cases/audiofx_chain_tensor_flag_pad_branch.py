# case: effect chain takes a tensor flag; when set it appends a reverb tail (padding the signal longer), otherwise returns it unchanged -> error (branches give different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimpleReverb(nn.Cell):
    def __init__(self, tail=32, decay=0.6):
        super().__init__()
        ir = (decay ** np.arange(tail)).astype(np.float32)
        self.ir = Tensor(ir[::-1].copy().reshape(1, 1, tail))
        self.tail = tail

    def construct(self, x):
        x3 = x.expand_dims(1)
        padded = ops.pad(x3, (self.tail - 1, self.tail - 1))
        wet = ops.conv1d(padded, self.ir)
        return wet.squeeze(1)


class EffectChain(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reverb = SimpleReverb()

    def construct(self, x, use_reverb):
        if use_reverb > 0:
            y = self.reverb(x)
        else:
            y = x
        return y * 0.9


def make():
    np.random.seed(10)
    x = Tensor((0.2 * np.random.randn(2, 64)).astype(np.float32))
    return EffectChain(), (x, Tensor(1, ms.int32))
