# case: SASRec session encoder truncates to max_len, then (flag on by default) trims to the longest non-pad run counted from the ids -> slice length from tensor data, Graph mode should reject it or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class SeqRecConfig:
    def __init__(self, n_items=50, hidden=16, max_len=8, trim_to_valid=True):
        self.n_items = n_items
        self.hidden = hidden
        self.max_len = max_len
        self.trim_to_valid = trim_to_valid


def count_valid(item_ids, pad_id=PAD_ID):
    return int((item_ids != pad_id).astype(ms.int32).sum(axis=1).max())


class SessionEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_len = config.max_len
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        self.pos_emb = nn.Embedding(config.max_len, config.hidden)
        self.trim_to_valid = getattr(config, "trim_to_valid", False)

    def _truncate(self, item_ids):
        item_ids = item_ids[:, -self.max_len:]
        if self.trim_to_valid:
            n_valid = count_valid(item_ids)
            item_ids = item_ids[:, -n_valid:]
        return item_ids

    def construct(self, item_ids):
        item_ids = self._truncate(item_ids)
        seq_len = item_ids.shape[1]
        positions = ops.arange(seq_len).astype(ms.int32)
        h = self.item_emb(item_ids) + self.pos_emb(positions).expand_dims(0)
        return h.mean(axis=1)


def make():
    np.random.seed(3571)
    ids = np.random.randint(1, 51, size=(4, 12)).astype(np.int32)
    ids[:, :7] = PAD_ID
    ids[0, 6] = 5
    return SessionEncoder(SeqRecConfig()), (Tensor(ids),)
