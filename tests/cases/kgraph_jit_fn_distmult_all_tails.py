# case: @ms.jit function scoring all tails with DistMult plus a filtered top-k using a Python constant k -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TOP_K = 5


def filter_known(scores, known, fill=-1e9):
    return ops.where(known, ops.full_like(scores, fill), scores)


@ms.jit
def distmult_topk_tails(ent_table, rel_table, heads, rels, known):
    h = ops.gather(ent_table, heads, 0)
    r = ops.gather(rel_table, rels, 0)
    scores = ops.matmul(h * r, ent_table.T)
    scores = filter_known(scores, known)
    k = min(TOP_K, scores.shape[1])
    vals, idx = ops.topk(scores, k)
    return vals, idx


def make():
    np.random.seed(39)
    ent = np.random.randn(30, 8).astype(np.float32)
    rel = np.random.randn(5, 8).astype(np.float32)
    heads = np.random.randint(0, 30, 4).astype(np.int32)
    rels = np.random.randint(0, 5, 4).astype(np.int32)
    known = np.random.rand(4, 30) < 0.2
    return distmult_topk_tails, (Tensor(ent), Tensor(rel), Tensor(heads), Tensor(rels), Tensor(known))
