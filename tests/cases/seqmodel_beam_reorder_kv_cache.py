# case: incremental decoder step that appends to a per-layer key/value cache and reorders it by beam index -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedAttentionLayer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.out = nn.Dense(hidden, hidden)
        self.scale = hidden ** -0.5

    def construct(self, x, past_k, past_v):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        k = ops.concat((past_k, k), axis=1)
        v = ops.concat((past_v, v), axis=1)
        probs = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        return self.out(ops.bmm(probs, v)), k, v


class IncrementalDecoder(nn.Cell):
    def __init__(self, vocab_size=16, hidden=8, num_layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.layers = nn.CellList([CachedAttentionLayer(hidden) for _ in range(num_layers)])
        self.lm = nn.Dense(hidden, vocab_size)

    @staticmethod
    def _reorder(cache, beam_idx):
        return tuple(ops.gather(t, beam_idx, 0) for t in cache)

    def construct(self, tokens, cache_k, cache_v, beam_idx):
        x = self.embed(tokens).expand_dims(1)
        new_k, new_v = [], []
        for i, layer in enumerate(self.layers):
            past_k, past_v = self._reorder((cache_k[i], cache_v[i]), beam_idx)
            x, k, v = layer(x, past_k, past_v)
            new_k.append(k)
            new_v.append(v)
        return ops.log_softmax(self.lm(x.squeeze(1)), -1), ops.stack(new_k), ops.stack(new_v)


def make():
    np.random.seed(38)
    toks = Tensor(np.array([3, 5, 7], np.int32))
    ck = Tensor(np.random.randn(2, 3, 4, 8).astype(np.float32))
    cv = Tensor(np.random.randn(2, 3, 4, 8).astype(np.float32))
    return IncrementalDecoder(), (toks, ck, cv, Tensor(np.array([0, 0, 2], np.int32)))
