# case: next-item prediction reads the hidden state at the last non-pad position computed as (count of non-pad ids - 1) and gathered per row with gather_elements -> index values come from data but shapes stay fixed, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class LastPositionMixin:
    def last_positions(self, item_ids):
        lengths = (item_ids != PAD_ID).astype(ms.int32).sum(axis=1)
        return ops.clamp(lengths - 1, min=0)

    def gather_last(self, h, item_ids):
        last = self.last_positions(item_ids)
        idx = last.reshape(-1, 1, 1).broadcast_to((h.shape[0], 1, h.shape[2]))
        return ops.gather_elements(h, 1, idx).squeeze(1)


class NextItemPredictor(nn.Cell, LastPositionMixin):
    def __init__(self, n_items, hidden, tie_weights=True):
        super().__init__()
        self.item_emb = nn.Embedding(n_items + 1, hidden, padding_idx=PAD_ID)
        self.encoder = nn.Dense(hidden, hidden, activation="gelu")
        self.tie_weights = tie_weights
        if not tie_weights:
            self.out = nn.Dense(hidden, n_items + 1)

    def construct(self, item_ids):
        h = self.encoder(self.item_emb(item_ids))
        state = self.gather_last(h, item_ids)
        if self.tie_weights:
            return ops.matmul(state, self.item_emb.embedding_table.T)
        return self.out(state)


def make():
    np.random.seed(3594)
    ids = np.random.randint(1, 31, size=(3, 7)).astype(np.int32)
    ids[0, 5:] = PAD_ID
    ids[2, 3:] = PAD_ID
    return NextItemPredictor(30, 12), (Tensor(ids),)
