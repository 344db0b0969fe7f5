# case: top-k over candidate slate where k shrinks to the number of valid (non-padded) candidates in the request -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlateReranker(nn.Cell):
    def __init__(self, dim=8, max_k=5, pad_id=0):
        super().__init__()
        self.max_k = max_k
        self.pad_id = pad_id
        self.item_emb = nn.Embedding(64, dim, padding_idx=pad_id)
        self.scorer = nn.Dense(dim * 2, 1)

    def score(self, user, cands):
        c = self.item_emb(cands)
        u = user.expand_dims(1).broadcast_to(c.shape)
        return self.scorer(ops.concat((u, c), -1)).squeeze(-1)

    def construct(self, user, cands):
        s = self.score(user, cands)
        valid = cands != self.pad_id
        s = ops.masked_fill(s, ~valid, -1e9)
        n_valid = int(valid.sum())
        k = min(self.max_k, n_valid)
        vals, idx = ops.topk(s, k)
        return vals, ops.gather_elements(cands, 1, idx)


def make():
    np.random.seed(6)
    user = np.random.randn(1, 8).astype(np.float32)
    cands = np.array([[5, 9, 11, 0, 0, 0, 0]], np.int32)
    return SlateReranker(), (Tensor(user), Tensor(cands))
