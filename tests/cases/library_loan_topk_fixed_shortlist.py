# case: recommend a fixed shortlist of 10 titles per patron from loan-history scores, k is a constructor constant -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SHORTLIST = 10


class LoanRecommender(nn.Cell):
    def __init__(self, n_titles=200, dim=32, shortlist=SHORTLIST, exclude_read=True):
        super().__init__()
        self.title_emb = nn.Embedding(n_titles, dim)
        self.proj = nn.Dense(dim, dim)
        self.shortlist = shortlist
        self.exclude_read = exclude_read
        self.n_titles = n_titles

    def construct(self, loan_ids, active_loans):
        emb = self.title_emb(loan_ids)
        weights = active_loans.astype(ms.float32).expand_dims(1) + 0.5
        patron = self.proj((emb * weights).sum(axis=0) / weights.sum())
        scores = ops.matmul(self.title_emb.embedding_table, patron)
        if self.exclude_read:
            already = ops.one_hot(loan_ids, self.n_titles, Tensor(1.0, ms.float32),
                                  Tensor(0.0, ms.float32)).max(axis=0)
            scores = scores - 1e4 * already
        top_scores, top_ids = ops.topk(scores, self.shortlist)
        return top_ids, top_scores


def make():
    np.random.seed(12)
    loans = Tensor(np.random.randint(0, 200, size=(12,)), ms.int32)
    active = Tensor(np.random.randint(0, 2, size=(12,)), ms.int32)
    return LoanRecommender(), (loans, active)
