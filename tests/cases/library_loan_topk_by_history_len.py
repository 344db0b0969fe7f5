# case: recommend as many titles as the patron has active loans, k taken from the loan count tensor -> topk with k from data, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoanRecommender(nn.Cell):
    """Scores catalogue titles from a patron's loan-history embedding."""

    def __init__(self, n_titles=200, dim=32):
        super().__init__()
        self.title_emb = nn.Embedding(n_titles, dim)
        self.proj = nn.Dense(dim, dim)
        self.n_titles = n_titles

    def patron_vector(self, loan_ids):
        emb = self.title_emb(loan_ids)          # (L, dim)
        return self.proj(emb.mean(axis=0))      # (dim,)

    def construct(self, loan_ids, active_loans):
        p = self.patron_vector(loan_ids)
        scores = ops.matmul(self.title_emb.embedding_table, p)
        k = int(active_loans.sum())
        top_scores, top_ids = ops.topk(scores, k)
        return top_ids, top_scores


def make():
    np.random.seed(11)
    loans = Tensor(np.random.randint(0, 200, size=(12,)), ms.int32)
    active = Tensor(np.array([1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1]), ms.int32)
    return LoanRecommender(), (loans, active)
