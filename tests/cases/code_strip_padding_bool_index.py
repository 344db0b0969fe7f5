# case: statement encoder drops pad tokens with boolean-mask indexing before a max-pool -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StatementEncoder(nn.Cell):
    """Encodes one source-code statement (1-D token ids, right padded)."""

    def __init__(self, vocab_size=30, dim=12, pad_id=0, pool="max"):
        super().__init__()
        self.pad_id = pad_id
        self.pool = pool
        self.embed = nn.Embedding(vocab_size, dim)
        self.ff = nn.SequentialCell([nn.Dense(dim, dim), nn.GELU(), nn.Dense(dim, dim)])

    def _real_tokens(self, token_ids, h):
        keep = token_ids != self.pad_id
        return h[keep]

    def construct(self, token_ids):
        h = self.ff(self.embed(token_ids))
        h = self._real_tokens(token_ids, h)
        if self.pool == "max":
            return h.max(axis=0)
        return h.mean(axis=0)


def make():
    np.random.seed(0)
    ids = np.zeros(10, np.int32)
    ids[:6] = np.random.randint(1, 30, size=6)
    return StatementEncoder(), (Tensor(ids),)
