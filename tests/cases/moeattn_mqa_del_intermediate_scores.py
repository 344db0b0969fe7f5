# case: multi-query attention that frees its score and probability tensors with del statements inside construct -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiQueryAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=4, dropout=0.0, causal=True):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.causal = causal
        self.q_proj = nn.Dense(dim, dim)
        self.kv_proj = nn.Dense(dim, 2 * self.head_dim)
        self.o_proj = nn.Dense(dim, dim)
        self.dropout = nn.Dropout(p=dropout)

    def _causal_mask(self, s):
        return ops.triu(ops.ones((s, s), ms.float32), diagonal=1).astype(ms.bool_)

    def construct(self, x):
        b, s, d = x.shape
        q = self.q_proj(x).reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)
        k, v = ops.split(self.kv_proj(x), self.head_dim, axis=-1)
        k = k.expand_dims(1)
        v = v.expand_dims(1)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / math_sqrt(self.head_dim)
        if self.causal:
            scores = ops.masked_fill(scores, self._causal_mask(s), -1e9)
        probs = self.dropout(ops.softmax(scores, axis=-1))
        del scores
        ctx = ops.matmul(probs, v)
        del probs
        return self.o_proj(ctx.transpose(0, 2, 1, 3).reshape(b, s, d))


def math_sqrt(n):
    return n ** 0.5


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    net = MultiQueryAttention()
    net.set_train(False)
    return net, (x,)
