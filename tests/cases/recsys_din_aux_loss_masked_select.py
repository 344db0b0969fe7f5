# case: DIN target attention over a user history with a length mask; auxiliary loss pools only valid scores via masked_select -> dynamic shape at line 38
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalActivationUnit(nn.Cell):
    def __init__(self, dim=8, hidden=16):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(4 * dim, hidden), nn.Sigmoid(), nn.Dense(hidden, 1)])

    def construct(self, query, keys, mask):
        seq_len = keys.shape[1]
        q = ops.tile(query.expand_dims(1), (1, seq_len, 1))
        feat = ops.concat((q, keys, q - keys, q * keys), axis=-1)
        scores = self.mlp(feat).squeeze(-1)
        scores = ops.where(mask, scores, ops.full_like(scores, -1e9))
        weights = ops.softmax(scores, axis=-1)
        return (weights.expand_dims(-1) * keys).sum(axis=1), scores


class DIN(nn.Cell):
    def __init__(self, n_items=50, dim=8, use_aux_loss=True):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim)
        self.attention = LocalActivationUnit(dim)
        self.head = nn.SequentialCell([nn.Dense(2 * dim, 16), nn.ReLU(), nn.Dense(16, 1)])
        self.use_aux_loss = use_aux_loss

    def construct(self, target_item, hist_items, hist_len):
        seq_len = hist_items.shape[1]
        mask = ops.arange(seq_len, dtype=ms.int32).expand_dims(0) < hist_len.expand_dims(1)
        query = self.item_emb(target_item)
        keys = self.item_emb(hist_items)
        interest, scores = self.attention(query, keys, mask)
        logit = self.head(ops.concat((query, interest), axis=-1)).squeeze(-1)
        if self.use_aux_loss:
            valid_scores = ops.masked_select(scores, mask)
            aux_loss = -ops.log(ops.sigmoid(valid_scores) + 1e-6).mean()
            return logit, aux_loss
        return logit, ops.zeros((), ms.float32)


def make():
    np.random.seed(1)
    target = Tensor(np.random.randint(0, 50, size=(4,)).astype(np.int32))
    hist = Tensor(np.random.randint(0, 50, size=(4, 6)).astype(np.int32))
    hist_len = Tensor(np.array([6, 2, 4, 1], dtype=np.int32))
    return DIN(), (target, hist, hist_len)
