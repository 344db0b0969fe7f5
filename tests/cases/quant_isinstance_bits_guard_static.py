# case: quantizer accepts bits as int or per-tensor tuple config; isinstance guard on the constructor value -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuantConfig:
    def __init__(self, weight_bits=4, act_bits=(8, False)):
        self.weight_bits = weight_bits
        self.act_bits = act_bits


def qrange(bits, signed):
    if signed:
        return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    return 0, 2 ** bits - 1


class ConfigurableQuant(nn.Cell):
    def __init__(self, bits):
        super().__init__()
        if isinstance(bits, int):
            self.bits, self.signed = bits, True
        else:
            self.bits, self.signed = bits
        self.qmin, self.qmax = qrange(self.bits, self.signed)

    def construct(self, x):
        scale = ops.amax(ops.abs(x)) / self.qmax
        return ops.clamp(ops.round(x / scale), self.qmin, self.qmax) * scale


class QuantBlock(nn.Cell):
    def __init__(self, cfg=QuantConfig()):
        super().__init__()
        self.fc = nn.Dense(6, 6)
        self.wq = ConfigurableQuant(cfg.weight_bits)
        self.aq = ConfigurableQuant(cfg.act_bits)

    def construct(self, x):
        return ops.matmul(self.aq(ops.relu(x)), self.wq(self.fc.weight).T)


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return QuantBlock(), (x,)
