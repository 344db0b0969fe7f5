# case: fake-quant checks the computed scale and raises ValueError with the tensor formatted into the message when it is non-finite -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckedFakeQuant(nn.Cell):
    def __init__(self, num_bits=8, check_finite=True):
        super().__init__()
        self.qmax = 2 ** (num_bits - 1) - 1
        self.check_finite = check_finite

    def _scale(self, x):
        return ops.abs(x).max() / self.qmax

    def _validate(self, scale):
        if not ops.isfinite(scale):
            raise ValueError("non-finite quantization scale: {}".format(scale))
        return scale

    def construct(self, x):
        scale = self._scale(x)
        if self.check_finite:
            scale = self._validate(scale)
        q = ops.clamp(ops.round(x / scale), -self.qmax, self.qmax)
        return q * scale


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(3, 7).astype(np.float32))
    return CheckedFakeQuant(), (x,)
