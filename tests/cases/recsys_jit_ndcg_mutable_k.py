# case: @ms.jit NDCG@k metric over a batch of ranked lists where k is passed as a mutable scalar (so it is not folded into a constant) -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _discounts(k):
    positions = ops.arange(k, dtype=ms.float32)
    return 1.0 / ops.log2(positions + 2.0)


@ms.jit
def ndcg_at_k(scores, relevance, k):
    _, order = ops.topk(scores, k, dim=1)
    gains = ops.gather_elements(relevance, 1, order)
    dcg = ((ops.pow(2.0, gains) - 1.0) * _discounts(k)).sum(axis=1)
    ideal, _ = ops.topk(relevance, k, dim=1)
    idcg = ((ops.pow(2.0, ideal) - 1.0) * _discounts(k)).sum(axis=1)
    return (dcg / idcg.clip(1e-6, None)).mean()


def make():
    np.random.seed(20)
    scores = Tensor(np.random.randn(4, 8).astype(np.float32))
    rel = Tensor(np.random.randint(0, 4, size=(4, 8)).astype(np.float32))
    return ndcg_at_k, (scores, rel, ms.mutable(3))
