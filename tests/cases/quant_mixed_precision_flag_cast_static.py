# case: mixed-precision block with Python bool flags choosing fp16 compute for matmul and fp32 for softmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixedPrecisionAttention(nn.Cell):
    def __init__(self, dim=8, use_fp16=True, keep_softmax_fp32=True):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.use_fp16 = use_fp16
        self.keep_softmax_fp32 = keep_softmax_fp32
        self.scale = 1.0 / np.sqrt(dim)

    def compute_dtype(self):
        return ms.float16 if self.use_fp16 else ms.float32

    def construct(self, x):
        dt = self.compute_dtype()
        q = self.q(x).astype(dt)
        k = self.k(x).astype(dt)
        scores = ops.bmm(q, k.transpose(0, 2, 1)) * self.scale
        if self.keep_softmax_fp32:
            scores = scores.astype(ms.float32)
        return ops.softmax(scores, -1).astype(ms.float32)


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return MixedPrecisionAttention(), (x,)
