# case: session pooling over non-padding items done by multiplying with a float mask and dividing by the clamped count -> masks used arithmetically keep static shapes, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0
EPS = 1e-6


class PoolConfig:
    def __init__(self, n_items=40, hidden=16, pooling="mean"):
        self.n_items = n_items
        self.hidden = hidden
        self.pooling = pooling


def padding_mask(item_ids, pad_id=PAD_ID):
    return (item_ids != pad_id).astype(ms.float32).expand_dims(-1)


class SessionPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        self.pooling = config.pooling
        self.proj = nn.Dense(config.hidden, config.hidden)

    def _pool(self, h, mask):
        if self.pooling == "mean":
            count = ops.clamp(mask.sum(axis=1), min=1.0)
            return (h * mask).sum(axis=1) / count
        return (h * mask + (1.0 - mask) * -1e9).max(axis=1)

    def construct(self, item_ids, lengths=None):
        h = self.item_emb(item_ids)
        mask = padding_mask(item_ids)
        pooled = self._pool(h, mask)
        if lengths is not None:
            pooled = pooled * (lengths.astype(ms.float32) > 0).expand_dims(-1)
        return self.proj(pooled)


def make():
    np.random.seed(3573)
    ids = np.random.randint(1, 41, size=(3, 10)).astype(np.int32)
    ids[0, :4] = PAD_ID
    ids[2, :7] = PAD_ID
    return SessionPooler(PoolConfig()), (Tensor(ids),)
