# case: jit function renormalises entity embeddings to unit norm, computing the batch mean norm with math.sqrt on a tensor -> math on a tensor in a jit function
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def renorm_and_score(heads_emb, rel_emb, tails_emb):
    sq = (heads_emb * heads_emb).sum(axis=-1).mean()
    mean_norm = math.sqrt(sq)
    h = heads_emb / mean_norm
    t = tails_emb / mean_norm
    return -ops.abs(h + rel_emb - t).sum(axis=-1)


def make():
    np.random.seed(33)
    h = Tensor(np.random.randn(6, 8).astype(np.float32))
    r = Tensor(np.random.randn(6, 8).astype(np.float32))
    t = Tensor(np.random.randn(6, 8).astype(np.float32))
    return renorm_and_score, (h, r, t)
