# case: @ms.jit scoring function ranks the full item catalogue for a batch of session states, zeroes out the padding item and returns top-k with a module-level constant k -> constants only, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_K = 10
PAD_ID = 0


def _l2norm(x, eps=1e-8):
    return x / ops.sqrt((x * x).sum(-1, keepdims=True) + eps)


@ms.jit
def score_full_catalogue(session_state, item_table):
    scores = ops.matmul(_l2norm(session_state), _l2norm(item_table).T)
    n_items = item_table.shape[0]
    is_pad = ops.arange(n_items) == PAD_ID
    scores = ops.where(is_pad.expand_dims(0), ops.full_like(scores, -1e9), scores)
    top_scores, top_ids = ops.topk(scores, TOP_K)
    return top_ids, top_scores


def make():
    np.random.seed(3595)
    state = Tensor(np.random.randn(4, 16).astype(np.float32))
    table = Tensor(np.random.randn(101, 16).astype(np.float32))
    return score_full_catalogue, (state, table)
