# case: sorts a padded batch by length (as for packed RNNs), runs a GRU with seq_length, then restores the original order -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortedGRUEncoder(nn.Cell):
    """Length-sorted GRU encoding with unsort of the final hidden states."""

    def __init__(self, dim=4, hidden=6, sort_batch=True):
        super().__init__()
        self.sort_batch = sort_batch
        self.gru = nn.GRU(dim, hidden, batch_first=True)

    def sort_by_length(self, x, lengths):
        _, order = ops.sort(lengths.astype(ms.float32), descending=True)
        _, restore = ops.sort(order.astype(ms.float32))
        return ops.gather(x, order, 0), ops.gather(lengths, order, 0), restore

    def construct(self, x, lengths):
        if self.sort_batch:
            x, lengths, restore = self.sort_by_length(x, lengths)
        _, h_n = self.gru(x, seq_length=lengths)
        h = h_n[-1]
        if self.sort_batch:
            h = ops.gather(h, restore, 0)
        return h


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 5, 4).astype(np.float32))
    lengths = Tensor(np.array([2, 5, 3], dtype=np.int32))
    return SortedGRUEncoder(), (x, lengths)
