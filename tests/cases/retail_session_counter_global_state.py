# case: recommender keeps a module-level dict counting how many sessions it has scored and updates it in construct -> global state mutated in construct, Graph mode freezes or rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STATS = {"sessions_scored": 0}


class NextItemScorer(nn.Cell):
    def __init__(self, num_items=20, dim=6):
        super().__init__()
        self.emb = nn.Embedding(num_items, dim)

    def construct(self, session):
        STATS["sessions_scored"] = STATS["sessions_scored"] + session.shape[0]
        h = self.emb(session).mean(axis=1)
        return ops.matmul(h, self.emb.embedding_table.T)


def make():
    np.random.seed(21)
    session = Tensor(np.random.randint(0, 20, size=(4, 5)).astype(np.int32))
    return NextItemScorer(), (session,)
