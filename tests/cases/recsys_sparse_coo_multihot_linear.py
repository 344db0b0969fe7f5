# case: logistic-regression CTR over a multi-hot bag-of-features batch built as a COOTensor inside construct and densified for the matmul -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseLR(nn.Cell):
    def __init__(self, num_features=30, num_outputs=1, l2=0.0):
        super().__init__()
        self.num_features = num_features
        self.weight = ms.Parameter(Tensor(np.random.RandomState(0).randn(num_features, num_outputs).astype(np.float32) * 0.1), name="w")
        self.bias = ms.Parameter(Tensor(np.zeros((num_outputs,), np.float32)), name="b")
        self.l2 = l2

    def to_sparse(self, indices, values, batch_size):
        return COOTensor(indices, values, (batch_size, self.num_features))

    def construct(self, indices, values, labels):
        batch_size = labels.shape[0]
        x = self.to_sparse(indices, values, batch_size)
        logits = ops.matmul(x.to_dense(), self.weight).squeeze(-1) + self.bias
        loss = ops.binary_cross_entropy_with_logits(logits, labels, ops.ones_like(labels), ops.ones_like(labels))
        if self.l2 > 0:
            loss = loss + self.l2 * (self.weight ** 2).sum()
        return loss


def make():
    np.random.seed(8)
    idx = np.array([[0, 1], [0, 5], [1, 2], [2, 7], [2, 8], [2, 29], [3, 4]], dtype=np.int32)
    vals = np.ones((idx.shape[0],), dtype=np.float32)
    labels = np.array([1.0, 0.0, 1.0, 0.0], dtype=np.float32)
    return SparseLR(), (Tensor(idx), Tensor(vals), Tensor(labels))
