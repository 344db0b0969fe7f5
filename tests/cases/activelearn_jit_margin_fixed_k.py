# case: an @ms.jit function computes top-2 margin scores and returns the k smallest margins where k is a module constant -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

QUERY_K = 4


def top2_margin(probs):
    top2, _ = ops.topk(probs, 2)
    return top2[:, 0] - top2[:, 1]


@ms.jit
def smallest_margin_query(embeddings, logits):
    probs = ops.softmax(logits, axis=-1)
    margin = top2_margin(probs)
    neg_vals, idx = ops.topk(-margin, QUERY_K)
    return -neg_vals, ops.gather(embeddings, idx, 0)


def make():
    np.random.seed(25)
    emb = Tensor(np.random.randn(16, 4).astype(np.float32))
    logits = Tensor(np.random.randn(16, 3).astype(np.float32) * 2.0)
    return smallest_margin_query, (emb, logits)
