# case: contrastive loss whose negative queue is an optional construct argument defaulting to None, guarded by `is None` -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContrastiveLoss(nn.Cell):
    def __init__(self, temperature=0.1, in_batch_negatives=True):
        super().__init__()
        self.temperature = temperature
        self.in_batch_negatives = in_batch_negatives
        self.norm = ops.L2Normalize(axis=-1)

    def gather_negatives(self, k, queue):
        if queue is None:
            return k
        if self.in_batch_negatives:
            return ops.concat((k, queue), axis=0)
        return queue

    def construct(self, q, k, queue=None):
        q = self.norm(q)
        k = self.norm(k)
        negatives = self.gather_negatives(k, queue)
        logits = ops.matmul(q, self.norm(negatives).T) / self.temperature
        labels = ops.arange(q.shape[0], dtype=ms.int32)
        return ops.cross_entropy(logits, labels)


def make():
    np.random.seed(32)
    q = Tensor(np.random.randn(6, 16).astype(np.float32))
    k = Tensor(np.random.randn(6, 16).astype(np.float32))
    return ContrastiveLoss(), (q, k)
