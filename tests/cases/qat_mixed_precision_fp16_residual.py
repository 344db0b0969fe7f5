# case: mixed-precision residual block casts activations to float16 for the body and back to float32 for the residual sum, cast dtype from a flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HalfPrecisionBody(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.gain = ms.Parameter(Tensor(np.ones(dim, np.float32)), name="gain")

    def construct(self, x):
        g = ops.cast(self.gain, x.dtype)
        return ops.tanh(x * g) * 0.5 + x


class MixedPrecisionResidual(nn.Cell):
    def __init__(self, dim=8, use_fp16=True, keep_residual_fp32=True):
        super().__init__()
        self.body = HalfPrecisionBody(dim)
        self.compute_dtype = ms.float16 if use_fp16 else ms.float32
        self.keep_residual_fp32 = keep_residual_fp32

    def construct(self, x):
        h = self.body(ops.cast(x, self.compute_dtype))
        if self.keep_residual_fp32:
            return x + ops.cast(h, ms.float32)
        return ops.cast(ops.cast(x, self.compute_dtype) + h, ms.float32)


def make():
    np.random.seed(105)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return MixedPrecisionResidual(), (x,)
