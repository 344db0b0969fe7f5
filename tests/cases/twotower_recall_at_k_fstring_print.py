# case: evaluation Cell computes in-batch recall@k and prints it with an f-string of the tensor inside construct -> f-string formatting of tensor data, error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InBatchRecall(nn.Cell):
    def __init__(self, k=3, verbose=True):
        super().__init__()
        self.k = k
        self.verbose = verbose

    def construct(self, user_emb, item_emb):
        scores = ops.matmul(user_emb, item_emb.T)
        n = scores.shape[0]
        _, top_idx = ops.topk(scores, self.k, dim=1)
        target = ops.arange(n, dtype=top_idx.dtype).expand_dims(1)
        hit = (top_idx == target).any(axis=1).astype(ms.float32)
        recall = hit.mean()
        if self.verbose:
            print(f"in-batch recall@{self.k}: {recall}")
        return recall


def make():
    np.random.seed(19)
    users = Tensor(np.random.randn(8, 6).astype(np.float32))
    items = Tensor((np.random.randn(8, 6) * 0.5).astype(np.float32) + users.asnumpy())
    return InBatchRecall(), (users, items)
