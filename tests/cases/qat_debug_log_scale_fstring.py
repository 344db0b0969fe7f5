# case: weight quantizer prints an f-string with the current tensor scale and zero point each step when verbose (default on) -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerbosePerTensorQuant(nn.Cell):
    def __init__(self, name="fc1.weight", num_bits=8, verbose=True):
        super().__init__()
        self.tag = name
        self.num_bits = num_bits
        self.verbose = verbose

    def _qparams(self, w):
        lo, hi = w.min(), w.max()
        scale = (hi - lo) / (2 ** self.num_bits - 1)
        zp = ops.round(-lo / scale)
        return scale, zp

    def construct(self, w):
        scale, zp = self._qparams(w)
        if self.verbose:
            print(f"[{self.tag}] bits={self.num_bits} scale={scale} zp={zp}")
        q = ops.clamp(ops.round(w / scale) + zp, 0, 2 ** self.num_bits - 1)
        return (q - zp) * scale


def make():
    np.random.seed(9)
    w = Tensor(np.random.randn(4, 4).astype(np.float32))
    return VerbosePerTensorQuant(), (w,)
