# case: pool loan-history embeddings along an axis read from the request tensor (per-session or per-patron pooling) -> reduce axis from tensor value, hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pool_history(emb, axis):
    return emb.mean(axis=axis)


class HistoryPooler(nn.Cell):
    def __init__(self, n_titles=100, dim=12):
        super().__init__()
        self.emb = nn.Embedding(n_titles, dim)
        self.out = nn.Dense(dim, dim)

    def construct(self, history, pool_axis):
        # history: (sessions, loans_per_session) title ids
        e = self.emb(history)                      # (S, L, dim)
        pooled = pool_history(e, pool_axis.asnumpy().item())
        pooled = pooled.mean(axis=0)
        return self.out(pooled)


def make():
    np.random.seed(83)
    hist = Tensor(np.random.randint(0, 100, (3, 7)), ms.int32)
    axis = Tensor(np.array(1), ms.int32)
    return HistoryPooler(), (hist, axis)
