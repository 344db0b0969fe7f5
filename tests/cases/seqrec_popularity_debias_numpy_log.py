# case: popularity-debiased scores subtracting log item frequency computed with NumPy on a tensor inside construct -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PopDebiasedScorer(nn.Cell):
    def __init__(self, num_items=30, dim=8, alpha=0.5, debias=True):
        super().__init__()
        self.alpha = alpha
        self.debias = debias
        self.item_emb = nn.Embedding(num_items, dim)
        self.encoder = nn.Dense(dim, dim, activation="relu")

    def session_vector(self, clicks):
        return self.encoder(self.item_emb(clicks)).max(axis=1)

    def construct(self, clicks, item_counts):
        user = self.session_vector(clicks)
        logits = ops.matmul(user, self.item_emb.embedding_table.T)
        if self.debias:
            freq = item_counts / item_counts.sum()
            log_pop = Tensor(np.log(freq.asnumpy() + 1e-8), ms.float32)
            logits = logits - self.alpha * log_pop
        return logits


def make():
    np.random.seed(20)
    clicks = np.random.randint(0, 30, size=(2, 5)).astype(np.int32)
    counts = np.random.randint(1, 100, size=(30,)).astype(np.float32)
    return PopDebiasedScorer(), (Tensor(clicks), Tensor(counts))
