# case: encoder that keeps only a recent window when the batch contains long sessions, else the full padded sequence -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveWindowEncoder(nn.Cell):
    def __init__(self, num_items=40, dim=8, window=4, long_threshold=5):
        super().__init__()
        self.window = window
        self.long_threshold = long_threshold
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=0)
        self.attn_q = ms.Parameter(Tensor(np.ones((dim,), np.float32) * 0.1), name="attn_q")
        self.head = nn.Dense(dim, num_items)

    def attentive_pool(self, emb, item_seq):
        s = (emb * self.attn_q).sum(-1)
        s = ops.masked_fill(s, item_seq == 0, -1e9)
        a = ops.softmax(s, axis=-1).expand_dims(-1)
        return (a * emb).sum(1)

    def construct(self, item_seq, lengths):
        # right-aligned sessions: recent clicks at the end
        if lengths.max() > self.long_threshold:
            item_seq = item_seq[:, -self.window:]
        emb = self.item_emb(item_seq)
        user = self.attentive_pool(emb, item_seq)
        return self.head(user)


def make():
    np.random.seed(18)
    lens = np.array([3, 7], np.int32)
    seq = np.zeros((2, 8), np.int32)
    for i, l in enumerate(lens):
        seq[i, 8 - l:] = np.random.randint(1, 40, size=l)
    return AdaptiveWindowEncoder(), (Tensor(seq), Tensor(lens))
