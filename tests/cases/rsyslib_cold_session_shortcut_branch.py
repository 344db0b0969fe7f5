# case: session encoder falls back to only the last position when the whole batch is a cold start (no history beyond one item), tested on tensor values in a helper; the two branches give different sequence lengths -> tensor-valued if with shape-changing branches, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class EncoderConfig:
    def __init__(self, n_items=40, hidden=16, cold_start_shortcut=True):
        self.n_items = n_items
        self.hidden = hidden
        self.cold_start_shortcut = cold_start_shortcut


class ColdStartAwareEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        self.ffn = nn.Dense(config.hidden, config.hidden, activation="relu")
        self.shortcut = config.cold_start_shortcut

    def _maybe_shortcut(self, h, item_ids):
        n_hist = (item_ids != PAD_ID).astype(ms.int32).sum(axis=1)
        if n_hist.max() <= 1:
            return h[:, -1:, :]
        return h

    def construct(self, item_ids):
        h = self.ffn(self.item_emb(item_ids))
        if self.shortcut:
            h = self._maybe_shortcut(h, item_ids)
        return h.sum(axis=1), h


def make():
    np.random.seed(3589)
    ids = np.random.randint(1, 41, size=(3, 6)).astype(np.int32)
    ids[:, :2] = PAD_ID
    return ColdStartAwareEncoder(EncoderConfig()), (Tensor(ids),)
