# case: attention with ALiBi position bias: a mixin computes per-head slopes with NumPy and math at __init__ time, construct builds the bias from arange distances sized by the key length, with an if self.training dropout branch -> host math only at init; expect static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlibiConfig:
    def __init__(self, num_heads=4, head_dim=8, attention_dropout=0.1):
        self.num_heads = num_heads
        self.head_dim = head_dim
        self.attention_dropout = attention_dropout


class AlibiMixin:
    def _build_slopes(self, num_heads):
        closest = 2 ** math.floor(math.log2(num_heads))
        base = 2.0 ** (-(2.0 ** -(math.log2(closest) - 3)))
        slopes = np.power(base, np.arange(1, closest + 1))
        return Tensor(slopes.astype(np.float32).reshape(1, num_heads, 1, 1))


class AlibiAttention(nn.Cell, AlibiMixin):
    def __init__(self, config):
        super().__init__()
        self.slopes = self._build_slopes(config.num_heads)
        self.scale = 1.0 / math.sqrt(config.head_dim)
        self.dropout = nn.Dropout(p=config.attention_dropout)

    def construct(self, q, k, v):
        kv_len = k.shape[2]
        q_pos = ops.arange(q.shape[2]).reshape(-1, 1) + (kv_len - q.shape[2])
        distance = (ops.arange(kv_len).reshape(1, -1) - q_pos).astype(ms.float32)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale + self.slopes * distance
        probs = ops.softmax(scores, axis=-1)
        if self.training:
            probs = self.dropout(probs)
        return ops.matmul(probs, v)


def make():
    np.random.seed(3670)
    q = Tensor(np.random.randn(1, 4, 3, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 4, 6, 8).astype(np.float32))
    v = Tensor(np.random.randn(1, 4, 6, 8).astype(np.float32))
    net = AlibiAttention(AlibiConfig())
    net.set_train(False)
    return net, (q, k, v)
