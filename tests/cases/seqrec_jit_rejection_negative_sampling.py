# case: @ms.jit negative sampler that rejects candidates in the user's history with masked_select and keeps the first n -> dynamic shape at line 13
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NUM_NEG = 4


@ms.jit
def sample_negatives(candidate_pool, history, item_table, user_repr):
    # candidate_pool: (P,) pre-drawn random ids; history: (L,) ids of one user
    hit = (candidate_pool.expand_dims(1) == history.expand_dims(0)).any(axis=1)
    negs = ops.masked_select(candidate_pool, ~hit)
    negs = negs[:NUM_NEG]
    neg_emb = ops.gather(item_table, negs, 0)
    neg_scores = ops.matmul(neg_emb, user_repr)
    return negs, ops.logsumexp(neg_scores, 0)


def make():
    np.random.seed(29)
    pool = np.array([3, 11, 5, 17, 3, 22, 9, 14], np.int32)
    hist = np.array([5, 3, 9], np.int32)
    table = np.random.randn(30, 8).astype(np.float32)
    user = np.random.randn(8).astype(np.float32)
    return sample_negatives, (Tensor(pool), Tensor(hist), Tensor(table), Tensor(user))
