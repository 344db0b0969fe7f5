# case: session recommender walks a padded session and appends item embeddings to a list until it hits the padding id -> while on tensor values growing a list, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class SessionEncoder(nn.Cell):
    def __init__(self, num_items=25, dim=4):
        super().__init__()
        self.emb = nn.Embedding(num_items, dim)

    def construct(self, session):
        collected = []
        i = 0
        while i < session.shape[0] and session[i] != PAD_ID:
            collected.append(self.emb(session[i:i + 1]))
            i += 1
        stacked = ops.concat(collected, axis=0)
        return stacked.mean(axis=0)


def make():
    np.random.seed(14)
    session = np.zeros(10, dtype=np.int32)
    session[:6] = np.random.randint(1, 25, size=6)
    return SessionEncoder(), (Tensor(session),)
