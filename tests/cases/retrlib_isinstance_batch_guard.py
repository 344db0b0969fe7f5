# case: encoder accepts either a packed tuple (ids, mask) or a bare ids tensor, guarded with isinstance and an Optional mask -> resolved at compile time, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class FlexConfig:
    def __init__(self, vocab_size=70, hidden_size=16, pad_token_id=0, pooling="mean"):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.pad_token_id = pad_token_id
        self.pooling = pooling


class FlexibleEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.ff = nn.Dense(config.hidden_size, config.hidden_size)
        self.pad_id = config.pad_token_id
        self.pooling = config.pooling

    def _unpack(self, batch, mask: Optional[Tensor] = None):
        if isinstance(batch, (list, tuple)):
            ids, mask = batch[0], batch[1]
        else:
            ids = batch
        if mask is None:
            mask = (ids != self.pad_id).astype(ms.int32)
        return ids, mask

    def construct(self, queries, passages):
        q_ids, q_mask = self._unpack(queries)
        p_ids, p_mask = self._unpack(passages)
        q = self._pool(self.ff(self.embed(q_ids)), q_mask)
        p = self._pool(self.ff(self.embed(p_ids)), p_mask)
        return ops.matmul(q, p.T)

    def _pool(self, h, mask):
        if self.pooling == "cls":
            return h[:, 0]
        m = mask.expand_dims(-1).astype(h.dtype)
        return (h * m).sum(axis=1) / ops.maximum(m.sum(axis=1), 1.0)


def make():
    np.random.seed(40)
    q_ids = Tensor(np.random.randint(1, 70, (3, 6)).astype(np.int32))
    q_mask = Tensor(np.ones((3, 6), np.int32))
    p_ids = np.random.randint(1, 70, (5, 10)).astype(np.int32)
    p_ids[:, 7:] = 0
    return FlexibleEncoder(FlexConfig()), ((q_ids, q_mask), Tensor(p_ids))
