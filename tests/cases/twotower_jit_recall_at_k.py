# case: @ms.jit evaluation function computing recall@k against target item indices with a Python-int default k -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def recall_at_k(user_emb, item_emb, target_idx, k=5):
    scores = ops.matmul(user_emb, item_emb.T)
    _, top = ops.topk(scores, k, dim=1)
    hit = (top.astype(ms.int32) == target_idx.expand_dims(1)).astype(ms.float32).sum(axis=1)
    return ops.clamp(hit, max=1.0).mean()


def make():
    np.random.seed(33)
    users = Tensor(np.random.randn(6, 8).astype(np.float32))
    items = Tensor(np.random.randn(20, 8).astype(np.float32))
    targets = Tensor(np.random.randint(0, 20, size=6).astype(np.int32))
    return recall_at_k, (users, items, targets)
