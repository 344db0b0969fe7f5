# case: attention-map editing keeps the k strongest tokens where k counts tokens with weight above a threshold (from data) -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossAttention(nn.Cell):
    def __init__(self, q_dim=8, ctx_dim=8, inner=8):
        super().__init__()
        self.to_q = nn.Dense(q_dim, inner, has_bias=False)
        self.to_k = nn.Dense(ctx_dim, inner, has_bias=False)
        self.to_v = nn.Dense(ctx_dim, inner, has_bias=False)
        self.scale = inner ** -0.5

    def construct(self, x, ctx):
        q, k, v = self.to_q(x), self.to_k(ctx), self.to_v(ctx)
        attn = ops.softmax(ops.bmm(q, k.transpose(0, 2, 1)) * self.scale, axis=-1)
        return attn, v


class TokenFocusAttention(nn.Cell):
    def __init__(self, keep_threshold=0.9):
        super().__init__()
        self.attn = CrossAttention()
        self.keep_threshold = keep_threshold

    def _focus(self, attn, token_weights):
        k = (token_weights > self.keep_threshold).astype(ms.int32).sum()
        top_vals, top_idx = ops.topk(attn.mean(axis=1), k)
        return top_vals, top_idx

    def construct(self, x, ctx, token_weights):
        attn, v = self.attn(x, ctx)
        _, top_idx = self._focus(attn, token_weights)
        v_sel = ops.gather(v[0], top_idx[0], 0)
        return v_sel.sum(axis=0)


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(1, 16, 8).astype(np.float32))
    ctx = Tensor(np.random.randn(1, 6, 8).astype(np.float32))
    tw = Tensor(np.array([1.0, 1.5, 0.5, 1.2, 0.2, 1.0], dtype=np.float32))
    return TokenFocusAttention(), (x, ctx, tw)
