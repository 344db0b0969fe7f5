# case: @ms.jit retrieval helper scores the candidate pool and keeps only the first n candidates, n passed in as a tensor -> slice bound from a tensor argument, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

SCORE_SCALE = 0.5


def _cosine(u, items):
    u = u / ops.norm(u, dim=-1, keepdim=True)
    items = items / ops.norm(items, dim=-1, keepdim=True)
    return ops.matmul(items, u)


@ms.jit
def score_truncated_pool(user_vec, item_pool, num_candidates):
    scores = _cosine(user_vec, item_pool) * SCORE_SCALE
    kept = scores[:num_candidates]
    return ops.softmax(kept, axis=0)


def make():
    np.random.seed(3931)
    user_vec = Tensor(np.random.randn(8).astype(np.float32))
    pool = Tensor(np.random.randn(20, 8).astype(np.float32))
    n = Tensor(12, ms.int32)
    return score_truncated_pool, (user_vec, pool, n)
