# case: concatenated KV cache growing over a fixed Python-range decode loop (unrolled, every shape known) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConcatCacheDecoder(nn.Cell):
    def __init__(self, vocab=16, hidden=8, steps=3):
        super().__init__()
        self.steps = steps
        self.embed = nn.Embedding(vocab, hidden)
        self.k_proj = nn.Dense(hidden, hidden)
        self.v_proj = nn.Dense(hidden, hidden)
        self.head = nn.Dense(hidden, vocab)
        self.scale = hidden ** -0.5

    def _attend(self, q, k_cache, v_cache):
        w = ops.softmax(ops.bmm(q, k_cache.swapaxes(1, 2)) * self.scale, axis=-1)
        return ops.bmm(w, v_cache)

    def construct(self, prompt):
        h = self.embed(prompt)
        k_cache, v_cache = self.k_proj(h), self.v_proj(h)
        tok = prompt[:, -1:]
        generated = ()
        for _ in range(self.steps):
            x = self.embed(tok)
            k_cache = ops.concat((k_cache, self.k_proj(x)), axis=1)
            v_cache = ops.concat((v_cache, self.v_proj(x)), axis=1)
            tok = ops.argmax(self.head(self._attend(x, k_cache, v_cache)), dim=-1).astype(ms.int32)
            generated = generated + (tok,)
        return ops.concat(generated, axis=1), k_cache


def make():
    np.random.seed(46)
    prompt = Tensor(np.random.randint(0, 16, size=(2, 3)).astype(np.int32))
    return ConcatCacheDecoder(), (prompt,)
