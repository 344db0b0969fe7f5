# case: multi-label BCE where gold labels arrive as (doc, label) COO pairs densified with ms.COOTensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseTargetMultiLabelLoss(nn.Cell):
    def __init__(self, hidden=8, num_labels=6, pos_weight=2.0, label_smoothing=0.0):
        super().__init__()
        self.num_labels = num_labels
        self.label_smoothing = label_smoothing
        self.fc = nn.Dense(hidden, num_labels)
        self.bce = nn.BCEWithLogitsLoss(pos_weight=Tensor(np.full(num_labels, pos_weight, np.float32)))

    def dense_targets(self, pair_indices, batch_size):
        values = ops.ones((pair_indices.shape[0],), ms.float32)
        coo = ms.COOTensor(pair_indices, values, (batch_size, self.num_labels))
        targets = coo.to_dense()
        if self.label_smoothing > 0:
            targets = targets * (1.0 - self.label_smoothing) + 0.5 * self.label_smoothing
        return targets

    def construct(self, pooled, pair_indices):
        logits = self.fc(pooled)
        targets = self.dense_targets(pair_indices, pooled.shape[0])
        return self.bce(logits, targets)


def make():
    np.random.seed(25)
    pooled = Tensor(np.random.randn(3, 8).astype(np.float32))
    pairs = Tensor(np.array([[0, 1], [0, 4], [1, 0], [2, 2], [2, 3], [2, 5]], dtype=np.int32))
    return SparseTargetMultiLabelLoss(), (pooled, pairs)
