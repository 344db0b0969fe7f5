# case: @ms.jit serving function scoring all items, masking already-seen items with scatter and taking a constant top-k -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TOP_K = 5


def _mask_seen(scores, history, neg=-1e9):
    b, l = history.shape
    rows = ops.arange(b, dtype=ms.int32).expand_dims(1).broadcast_to((b, l))
    idx = ops.stack((rows, history), axis=-1).reshape(-1, 2)
    upd = ops.full((b * l,), neg, dtype=scores.dtype)
    return ops.tensor_scatter_update(scores, idx, upd)


@ms.jit
def serve_topk(user_repr, item_table, history):
    scores = ops.matmul(user_repr, item_table.T)
    scores = _mask_seen(scores, history)
    vals, items = ops.topk(scores, TOP_K)
    return items, ops.softmax(vals, axis=-1)


def make():
    np.random.seed(28)
    user = np.random.randn(2, 8).astype(np.float32)
    table = np.random.randn(30, 8).astype(np.float32)
    hist = np.random.randint(0, 30, size=(2, 4)).astype(np.int32)
    return serve_topk, (Tensor(user), Tensor(table), Tensor(hist))
