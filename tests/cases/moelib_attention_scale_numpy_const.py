# case: multi-query attention computes its softmax scale with np.sqrt and math on Python ints (head_dim from config) inside construct, never on tensors -> NumPy on constants only, expected static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MQAConfig:
    def __init__(self, hidden_size=32, num_heads=4, softmax_scale=None, attn_logit_softcapping=None):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.softmax_scale = softmax_scale
        self.attn_logit_softcapping = attn_logit_softcapping


class MultiQueryAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_heads
        self.d = config.hidden_size // config.num_heads
        self.softmax_scale = config.softmax_scale
        self.softcap = config.attn_logit_softcapping
        self.q_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.kv_proj = nn.Dense(config.hidden_size, 2 * self.d)

    def construct(self, x):
        b, s, _ = x.shape
        q = self.q_proj(x).reshape(b, s, self.h, self.d).transpose(0, 2, 1, 3)
        k, v = ops.chunk(self.kv_proj(x).expand_dims(1), 2, axis=-1)
        scale = self.softmax_scale
        if scale is None:
            scale = float(1.0 / np.sqrt(self.d))
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * scale
        if self.softcap is not None:
            scores = ops.tanh(scores / self.softcap) * self.softcap
        causal = ops.triu(ops.ones((s, s), ms.float32), diagonal=1) * -1e9
        scores = scores + causal * math.log2(4) / 2
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return out.transpose(0, 2, 1, 3).reshape(b, s, -1)


def make():
    np.random.seed(49)
    attn = MultiQueryAttention(MQAConfig())
    x = Tensor(np.random.randn(2, 5, 32).astype(np.float32))
    return attn, (x,)
