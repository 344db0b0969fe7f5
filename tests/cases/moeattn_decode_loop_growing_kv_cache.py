# case: greedy decode loop that appends each step's key/value to a concatenated cache inside a while loop bounded by a tensor step count -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyDecoderAttention(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.scale = dim ** -0.5
        self.wq = nn.Dense(dim, dim, has_bias=False)
        self.wk = nn.Dense(dim, dim, has_bias=False)
        self.wv = nn.Dense(dim, dim, has_bias=False)

    def construct(self, h, k_cache, v_cache):
        q = self.wq(h)
        k_cache = ops.concat((k_cache, self.wk(h)), axis=1)
        v_cache = ops.concat((v_cache, self.wv(h)), axis=1)
        attn = ops.softmax(ops.matmul(q, k_cache.swapaxes(-1, -2)) * self.scale, axis=-1)
        return ops.matmul(attn, v_cache), k_cache, v_cache


class CachedGenerator(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.attn = TinyDecoderAttention(dim)
        self.out = nn.Dense(dim, dim)

    def construct(self, prompt_h, max_new_tokens):
        k_cache = self.attn.wk(prompt_h)
        v_cache = self.attn.wv(prompt_h)
        h = prompt_h[:, -1:]
        step = Tensor(0, ms.int32)
        while step < max_new_tokens:
            ctx, k_cache, v_cache = self.attn(h, k_cache, v_cache)
            h = ops.tanh(self.out(ctx))
            step = step + 1
        return h, k_cache


def make():
    np.random.seed(20)
    prompt = Tensor(np.random.randn(1, 3, 8).astype(np.float32))
    return CachedGenerator(), (prompt, Tensor(3, ms.int32))
