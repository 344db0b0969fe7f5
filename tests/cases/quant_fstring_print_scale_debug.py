# case: debug print of an f-string containing the per-tensor scale tensor inside construct -> may error or fall back in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseQuant(nn.Cell):
    def __init__(self, bits=8, verbose=True):
        super().__init__()
        self.qmax = 2 ** (bits - 1) - 1
        self.verbose = verbose

    def construct(self, x):
        scale = ops.amax(ops.abs(x)) / self.qmax
        if self.verbose:
            print(f"quant scale={scale}, zero fraction={(x == 0).astype(ms.float32).mean()}")
        return ops.round(x / scale) * scale


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(3, 9).astype(np.float32))
    return VerboseQuant(), (x,)
