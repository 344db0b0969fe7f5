# case: next-item prediction reads the hidden state at the last non-pad position, found with ops.nonzero on the padding mask inside a mixin helper -> nonzero output length is data-dependent, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class LastPositionMixin:
    def last_positions(self, item_ids):
        coords = ops.nonzero(item_ids != PAD_ID)
        seq_len = item_ids.shape[1]
        flat = coords[:, 0] * seq_len + coords[:, 1]
        return ops.unsorted_segment_max(flat, coords[:, 0], item_ids.shape[0])


class NextItemPredictor(nn.Cell, LastPositionMixin):
    def __init__(self, n_items, hidden):
        super().__init__()
        self.item_emb = nn.Embedding(n_items + 1, hidden, padding_idx=PAD_ID)
        self.encoder = nn.Dense(hidden, hidden, activation="gelu")

    def construct(self, item_ids):
        h = self.encoder(self.item_emb(item_ids))
        b, l, d = h.shape
        last = self.last_positions(item_ids)
        state = ops.gather(h.reshape(b * l, d), last, 0)
        return ops.matmul(state, self.item_emb.embedding_table.T)


def make():
    np.random.seed(3593)
    ids = np.random.randint(1, 31, size=(3, 7)).astype(np.int32)
    ids[0, 5:] = PAD_ID
    ids[2, 3:] = PAD_ID
    return NextItemPredictor(30, 12), (Tensor(ids),)
