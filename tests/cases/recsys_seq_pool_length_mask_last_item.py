# case: user-history encoder builds the history mask from lengths by comparing against arange, mean-pools, and picks the last valid item with gather_elements at lengths-1 -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def length_mask(lengths, max_len):
    positions = ops.arange(max_len, dtype=lengths.dtype)
    return positions.expand_dims(0) < lengths.expand_dims(1)


class HistoryPooler(nn.Cell):
    def __init__(self, n_items=60, dim=8, use_last_item=True):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim)
        self.use_last_item = use_last_item
        out_dim = 2 * dim if use_last_item else dim
        self.proj = nn.Dense(out_dim, dim)

    def last_item(self, emb, lengths):
        idx = ops.clip(lengths - 1, 0, emb.shape[1] - 1)
        idx = idx.reshape(-1, 1, 1).broadcast_to((emb.shape[0], 1, emb.shape[2]))
        return ops.gather_elements(emb, 1, idx).squeeze(1)

    def construct(self, hist, lengths):
        emb = self.item_emb(hist)
        mask = length_mask(lengths, hist.shape[1]).astype(ms.float32).expand_dims(-1)
        mean = (emb * mask).sum(axis=1) / ops.maximum(mask.sum(axis=1), 1.0)
        if self.use_last_item:
            mean = ops.concat((mean, self.last_item(emb, lengths)), axis=-1)
        return self.proj(mean)


def make():
    np.random.seed(26)
    hist = Tensor(np.random.randint(0, 60, size=(4, 7)).astype(np.int32))
    lens = Tensor(np.array([7, 1, 3, 5], dtype=np.int32))
    return HistoryPooler(), (hist, lens)
