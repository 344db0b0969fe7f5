# case: BERT4Rec-style session pooling gathers only non-padding item vectors with a boolean mask inside a base-class helper -> boolean-mask indexing gives a data-dependent shape, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class PoolConfig:
    n_items = 40
    hidden = 16
    pooling = "mean"
    return_dict = False


class SeqPoolerBase(nn.Cell):
    def _nonpad_vectors(self, h, item_ids):
        keep = item_ids != PAD_ID
        return h[keep]


class SessionPooler(SeqPoolerBase):
    def __init__(self, config):
        super().__init__()
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        self.pooling = config.pooling
        self.proj = nn.Dense(config.hidden, config.hidden)

    def construct(self, item_ids):
        h = self.item_emb(item_ids)
        flat = self._nonpad_vectors(h, item_ids)
        if self.pooling == "mean":
            pooled = flat.mean(axis=0)
        else:
            pooled = flat.max(axis=0)
        return self.proj(pooled.expand_dims(0))


def make():
    np.random.seed(3572)
    ids = np.random.randint(1, 41, size=(3, 10)).astype(np.int32)
    ids[0, :4] = PAD_ID
    ids[2, :7] = PAD_ID
    return SessionPooler(PoolConfig()), (Tensor(ids),)
