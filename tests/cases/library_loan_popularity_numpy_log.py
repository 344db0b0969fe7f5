# case: damp popular titles in the loan-based recommender by dividing scores by np.log1p of the title loan counts, calling NumPy on a tensor inside construct -> NumPy on tensors in graph, hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PopularityDamped(nn.Cell):
    def __init__(self, n_titles=60, dim=10, alpha=0.5):
        super().__init__()
        self.emb = nn.Embedding(n_titles, dim)
        self.alpha = alpha

    def construct(self, patron_history, title_loans):
        p = self.emb(patron_history).mean(axis=0)
        scores = ops.matmul(self.emb.embedding_table, p)
        damp = np.log1p(title_loans) ** self.alpha
        return scores / (Tensor(damp.astype(np.float32)) + 1.0)


def make():
    np.random.seed(99)
    hist = Tensor(np.random.randint(0, 60, (9,)), ms.int32)
    loans = Tensor(np.random.randint(0, 500, (60,)).astype(np.float32))
    return PopularityDamped(), (hist, loans)
