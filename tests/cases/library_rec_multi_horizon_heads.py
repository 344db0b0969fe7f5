# case: predict borrow probability for the next 1, 2 and 4 weeks with one head per horizon, appending each head's output to a list in a loop over a constant tuple and stacking -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HORIZONS = (1, 2, 4)


class BorrowHorizons(nn.Cell):
    def __init__(self, n_titles=80, dim=16, horizons=HORIZONS):
        super().__init__()
        self.horizons = horizons
        self.title_emb = nn.Embedding(n_titles, dim)
        self.patron_fc = nn.Dense(6, dim)
        self.heads = nn.CellList([nn.Dense(2 * dim, 1) for _ in horizons])

    def construct(self, patron_feats, title_ids):
        p = ops.relu(self.patron_fc(patron_feats))
        t = self.title_emb(title_ids)
        joint = ops.concat((p, t), axis=1)
        outs = []
        for i in range(len(self.horizons)):
            outs.append(ops.sigmoid(self.heads[i](joint)))
        probs = ops.concat(outs, axis=1)
        # borrowing within a longer horizon is at least as likely
        return ops.cummax(probs, axis=1)[0]


def make():
    np.random.seed(97)
    pf = Tensor(np.random.rand(7, 6).astype(np.float32))
    ids = Tensor(np.random.randint(0, 80, (7,)), ms.int32)
    return BorrowHorizons(), (pf, ids)
