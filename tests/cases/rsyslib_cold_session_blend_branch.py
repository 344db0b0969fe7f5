# case: session encoder blends in a popularity prior when the batch is entirely cold start, tested on tensor values, but both branches keep the same [B, L, D] shape -> tensor-valued if with equal shapes, expected to compile (control flow) without dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class EncoderConfig:
    def __init__(self, n_items=40, hidden=16, cold_start_blend=0.5):
        self.n_items = n_items
        self.hidden = hidden
        self.cold_start_blend = cold_start_blend


class ColdStartAwareEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        self.ffn = nn.Dense(config.hidden, config.hidden, activation="relu")
        self.prior = ms.Parameter(Tensor(np.zeros((1, 1, config.hidden), np.float32)), name="popularity_prior")
        self.blend = config.cold_start_blend

    def _maybe_blend(self, h, item_ids):
        n_hist = (item_ids != PAD_ID).astype(ms.int32).sum(axis=1)
        if n_hist.max() <= 1:
            h = (1 - self.blend) * h + self.blend * self.prior
        else:
            h = h * 1.0
        return h

    def construct(self, item_ids):
        h = self.ffn(self.item_emb(item_ids))
        h = self._maybe_blend(h, item_ids)
        return h.sum(axis=1)


def make():
    np.random.seed(3590)
    ids = np.random.randint(1, 41, size=(3, 6)).astype(np.int32)
    ids[:, :2] = PAD_ID
    return ColdStartAwareEncoder(EncoderConfig()), (Tensor(ids),)
