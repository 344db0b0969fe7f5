# case: a forward wrapped in try/except that falls back to a plain matmul attention if the fused flash-attention call raises, a pattern from xformers ports; the graph parser rejects the Try statement
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeFlashAttention(nn.Cell):
    def __init__(self, head_dim=4):
        super().__init__()
        self.scale = head_dim ** -0.5

    def fused(self, q, k, v):
        return ops.flash_attention_score(q, k, v, 1, scalar_value=self.scale, input_layout="BSH")

    def construct(self, q, k, v):
        try:
            out = self.fused(q, k, v)
        except Exception:
            attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
            out = ops.bmm(attn, v)
        return out


def make():
    q = Tensor(np.random.randn(2, 3, 4).astype(np.float32))
    k = Tensor(np.random.randn(2, 3, 4).astype(np.float32))
    v = Tensor(np.random.randn(2, 3, 4).astype(np.float32))
    return MaybeFlashAttention(), (q, k, v)
