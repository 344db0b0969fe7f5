# case: prompt weighting normalises per-token weights through numpy via .asnumpy() inside a helper called from construct -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PromptWeighter(nn.Cell):
    def __init__(self, vocab=32, dim=8, max_len=6, preserve_mean=True):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.pos = ms.Parameter(Tensor(np.zeros((1, max_len, dim), np.float32)), name="pos")
        self.preserve_mean = preserve_mean

    def _encode(self, ids):
        return self.embed(ids) + self.pos

    def _normalise_weights(self, weights):
        # clamp user weights like "(cat:1.4)" and make them sum to the token count
        w = weights.asnumpy()
        w = np.clip(w, 0.1, 3.0)
        w = w * w.shape[-1] / w.sum(axis=-1, keepdims=True)
        return Tensor(w, ms.float32)

    def construct(self, ids, weights):
        emb = self._encode(ids)
        w = self._normalise_weights(weights)
        weighted = emb * w.expand_dims(-1)
        if self.preserve_mean:
            weighted = weighted * (emb.mean() / weighted.mean())
        return weighted


def make():
    np.random.seed(4)
    ids = Tensor(np.random.randint(0, 32, (2, 6)).astype(np.int32))
    weights = Tensor(np.array([[1.0, 1.4, 1.0, 0.8, 1.0, 1.0],
                               [1.0, 1.0, 1.2, 1.2, 1.0, 0.5]], dtype=np.float32))
    return PromptWeighter(), (ids, weights)
