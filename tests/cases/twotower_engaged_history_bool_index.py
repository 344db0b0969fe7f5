# case: user interest vector averages only the history items with dwell time above a threshold, selected by boolean-mask indexing hist_emb[dwell > t] -> boolean indexing gives a data-dependent shape (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EngagedInterest(nn.Cell):
    def __init__(self, num_items=50, emb_dim=8, min_dwell=5.0):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)
        self.min_dwell = min_dwell

    def construct(self, hist_ids, dwell_sec):
        hist_emb = self.item_emb(hist_ids)
        engaged = hist_emb[dwell_sec > self.min_dwell]
        return engaged.mean(axis=0)


class SessionUserTower(nn.Cell):
    def __init__(self, emb_dim=8):
        super().__init__()
        self.interest = EngagedInterest(emb_dim=emb_dim)
        self.head = nn.Dense(emb_dim, emb_dim, activation="tanh")

    def construct(self, hist_ids, dwell_sec, cand_emb):
        user = self.head(self.interest(hist_ids, dwell_sec).expand_dims(0))
        return ops.matmul(cand_emb, user.squeeze(0))


def make():
    np.random.seed(18)
    hist = Tensor(np.random.randint(0, 50, size=10).astype(np.int32))
    dwell = Tensor(np.array([1, 8, 12, 3, 6, 0.5, 20, 2, 7, 4], dtype=np.float32))
    cands = Tensor(np.random.randn(5, 8).astype(np.float32))
    return SessionUserTower(), (hist, dwell, cands)
