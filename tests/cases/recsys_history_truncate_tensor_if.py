# case: sequence encoder truncates the padded history to max_len when the longest user history in the batch exceeds it (tensor condition, branches of different length) -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryEncoder(nn.Cell):
    def __init__(self, n_items=70, dim=8, max_len=4):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim, padding_idx=0)
        self.pos_emb = nn.Embedding(16, dim)
        self.max_len = max_len
        self.norm = nn.LayerNorm((dim,))

    def truncate(self, hist, hist_len):
        if hist_len.max() > self.max_len:
            hist = hist[:, -self.max_len:]
            hist_len = ops.minimum(hist_len, self.max_len)
        return hist, hist_len

    def construct(self, hist, hist_len):
        hist, hist_len = self.truncate(hist, hist_len)
        seq_len = hist.shape[1]
        pos = ops.arange(seq_len, dtype=ms.int32)
        x = self.item_emb(hist) + self.pos_emb(pos).expand_dims(0)
        mask = (hist != 0).astype(ms.float32).expand_dims(-1)
        pooled = (self.norm(x) * mask).sum(axis=1) / mask.sum(axis=1).clip(1.0, None)
        return pooled


def make():
    np.random.seed(14)
    hist = np.zeros((3, 7), dtype=np.int32)
    lens = np.array([7, 2, 5], dtype=np.int32)
    for i, l in enumerate(lens):
        hist[i, 7 - l:] = np.random.randint(1, 70, size=(l,))
    return HistoryEncoder(), (Tensor(hist), Tensor(lens))
