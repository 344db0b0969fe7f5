# case: sorts a padded batch by descending length before a GRU and restores the original order -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortedGruEncoder(nn.Cell):
    def __init__(self, vocab_size=25, hidden=8, pad_id=0, enforce_sorted=False):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden, padding_idx=pad_id)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.enforce_sorted = enforce_sorted

    def _sort(self, lengths):
        sorted_len, order = ops.sort(lengths.astype(ms.float32), descending=True)
        restore = ops.argsort(order.astype(ms.float32))
        return sorted_len.astype(ms.int32), order, restore

    def construct(self, token_ids, lengths):
        x = self.embed(token_ids)
        if not self.enforce_sorted:
            lengths, order, restore = self._sort(lengths)
            x = ops.gather(x, order, 0)
        out, h_n = self.gru(x, seq_length=lengths)
        if not self.enforce_sorted:
            out = ops.gather(out, restore, 0)
            h_n = ops.gather(h_n, restore, 1)
        return out, h_n


def make():
    np.random.seed(30)
    ids = np.random.randint(1, 25, size=(3, 6)).astype(np.int32)
    ids[0, 3:] = 0
    ids[2, 5:] = 0
    return SortedGruEncoder(), (Tensor(ids), Tensor(np.array([3, 6, 5], np.int32)))
