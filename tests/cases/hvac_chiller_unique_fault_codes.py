# case: summarises the distinct fault codes reported by chiller controllers with ops.unique and counts them -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FaultCodeSummary(nn.Cell):
    def __init__(self, n_codes=16):
        super().__init__()
        self.severity = Tensor(np.linspace(0.1, 1.0, n_codes).astype(np.float32))

    def construct(self, fault_codes):
        codes, inverse = ops.unique(fault_codes)
        sev = ops.gather(self.severity, codes, 0)
        worst = sev.max()
        return codes, worst, inverse


def make():
    np.random.seed(9)
    net = FaultCodeSummary()
    codes = Tensor(np.random.randint(0, 16, size=(30,)).astype(np.int32))
    return net, (codes,)
