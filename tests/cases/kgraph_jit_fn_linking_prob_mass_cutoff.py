# case: @ms.jit entity-linking pruning that keeps sorted candidates until cumulative probability passes p, via a data-dependent slice -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def prune_candidates(mention_vec, cand_table, cand_ids, p=0.8):
    logits = ops.matmul(cand_table, mention_vec)
    probs = ops.softmax(logits, axis=0)
    sorted_probs, order = ops.sort(probs, descending=True)
    cum = ops.cumsum(sorted_probs, axis=0)
    n_keep = (cum < p).astype(ms.int32).sum() + 1
    keep = order[:n_keep]
    kept_ids = ops.gather(cand_ids, keep, 0)
    kept_probs = ops.gather(probs, keep, 0)
    return kept_ids, kept_probs / kept_probs.sum()


def make():
    np.random.seed(40)
    m = np.random.randn(8).astype(np.float32)
    table = np.random.randn(10, 8).astype(np.float32)
    ids = np.arange(100, 110).astype(np.int32)
    return prune_candidates, (Tensor(m), Tensor(table), Tensor(ids))
