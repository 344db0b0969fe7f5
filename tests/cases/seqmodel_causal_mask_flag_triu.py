# case: decoder self-attention combining a causal triu mask (flag) with a padding mask, sizes from shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalSelfAttention(nn.Cell):
    def __init__(self, hidden=12, causal=True, neg_inf=-1e9, attn_dropout=0.0):
        super().__init__()
        self.proj_qkv = nn.Dense(hidden, hidden * 3)
        self.proj_out = nn.Dense(hidden, hidden)
        self.causal = causal
        self.neg_inf = neg_inf
        self.drop = nn.Dropout(p=attn_dropout) if attn_dropout > 0 else nn.Identity()

    def _build_mask(self, seq_len, pad_mask):
        allowed = pad_mask.astype(ms.bool_).expand_dims(1)
        if self.causal:
            tri = ops.tril(ops.ones((seq_len, seq_len), ms.int32)).astype(ms.bool_)
            allowed = ops.logical_and(allowed, tri.expand_dims(0))
        return allowed

    def construct(self, x, pad_mask):
        seq_len = x.shape[1]
        q, k, v = ops.chunk(self.proj_qkv(x), 3, axis=-1)
        scores = ops.bmm(q, k.transpose(0, 2, 1)) / float(np.sqrt(q.shape[-1]))
        allowed = self._build_mask(seq_len, pad_mask)
        scores = ops.where(allowed, scores, ops.full_like(scores, self.neg_inf))
        probs = self.drop(ops.softmax(scores, axis=-1))
        return self.proj_out(ops.bmm(probs, v))


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(2, 4, 12).astype(np.float32))
    pad = Tensor(np.array([[1, 1, 1, 1], [1, 1, 0, 0]], np.int32))
    return CausalSelfAttention(), (x, pad)
