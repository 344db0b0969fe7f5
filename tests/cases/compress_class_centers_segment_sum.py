# case: center loss whose batch class centroids use unsorted_segment_sum with the class count taken from labels.max() -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchCenterLoss(nn.Cell):
    """Pull embeddings towards the centroid of their class in the current batch."""

    def __init__(self, lambda_c=0.01, eps=1e-6):
        super().__init__()
        self.lambda_c = lambda_c
        self.eps = eps

    def _centroids(self, emb, labels):
        num_classes = labels.max() + 1
        sums = ops.unsorted_segment_sum(emb, labels, num_classes)
        ones = ops.ones((emb.shape[0], 1), emb.dtype)
        counts = ops.unsorted_segment_sum(ones, labels, num_classes)
        return sums / (counts + self.eps)

    def construct(self, emb, labels):
        centers = self._centroids(emb, labels)
        c = ops.gather(centers, labels, 0)
        return self.lambda_c * ((emb - c) ** 2).sum(axis=1).mean()


def make():
    np.random.seed(17)
    emb = Tensor(np.random.randn(6, 4).astype(np.float32))
    y = Tensor(np.array([0, 2, 1, 2, 0, 1], np.int32))
    return BatchCenterLoss(), (emb, y)
