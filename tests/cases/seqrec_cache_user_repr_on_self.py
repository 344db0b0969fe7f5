# case: sequence encoder caching the last user representation and score on self inside construct for later export -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachingSeqEncoder(nn.Cell):
    def __init__(self, num_items=40, dim=8, cache_outputs=True):
        super().__init__()
        self.cache_outputs = cache_outputs
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=0)
        self.conv = nn.Conv1d(dim, dim, 3, pad_mode="same", has_bias=True)
        self.out = nn.Dense(dim, num_items)
        self.last_user_repr = None
        self.last_scores = None

    def pool(self, h, item_seq):
        m = (item_seq > 0).astype(ms.float32).expand_dims(1)
        return (h * m).sum(-1) / ops.maximum(m.sum(-1), 1.0)

    def construct(self, item_seq):
        x = self.item_emb(item_seq).transpose(0, 2, 1)
        user = self.pool(ops.relu(self.conv(x)), item_seq)
        scores = self.out(user)
        if self.cache_outputs:
            self.last_user_repr = user
            self.last_scores = scores
        return scores


def make():
    np.random.seed(15)
    seq = np.random.randint(0, 40, size=(3, 6)).astype(np.int32)
    return CachingSeqEncoder(), (Tensor(seq),)
