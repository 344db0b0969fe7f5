# case: label propagation iterating while the change is above tol (tensor while cond, constant shapes), optional edge weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelPropagation(nn.Cell):
    def __init__(self, num_classes=3, alpha=0.9, tol=1e-3, max_iter=20):
        super().__init__()
        self.num_classes = num_classes
        self.alpha = alpha
        self.tol = tol
        self.max_iter = max_iter

    def propagate(self, y, src, dst, w, n):
        return ops.unsorted_segment_sum(ops.gather(y, src, 0) * w, dst, n)

    def construct(self, labels, train_mask, edge_index, edge_weight=None):
        n = labels.shape[0]
        src, dst = edge_index[0], edge_index[1]
        if edge_weight is None:
            edge_weight = ops.ones((src.shape[0],), ms.float32)
        deg = ops.unsorted_segment_sum(edge_weight, dst, n)
        w = (edge_weight / ops.gather(ops.maximum(deg, 1e-6), dst, 0)).expand_dims(-1)
        y0 = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        y0 = y0 * train_mask.astype(ms.float32).expand_dims(-1)
        y = y0
        delta = Tensor(1.0, ms.float32)
        it = 0
        while delta > self.tol and it < self.max_iter:
            y_new = self.alpha * self.propagate(y, src, dst, w, n) + (1 - self.alpha) * y0
            delta = ops.abs(y_new - y).max()
            y = y_new
            it += 1
        return y.argmax(-1)


def make():
    np.random.seed(40)
    labels = Tensor(np.random.randint(0, 3, size=(12,)).astype(np.int32))
    mask = Tensor(np.random.rand(12) < 0.4)
    ei = Tensor(np.random.randint(0, 12, size=(2, 40)).astype(np.int32))
    return LabelPropagation(), (labels, mask, ei)
