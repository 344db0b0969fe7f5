# case: open-set rejection replaces low-confidence predictions by -1 with ops.where, keeping batch shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Extractor(nn.Cell):
    def __init__(self, in_dim=10, feat_dim=16, dropout=0.1):
        super().__init__()
        self.fc = nn.Dense(in_dim, feat_dim)
        self.drop = nn.Dropout(p=dropout)

    def construct(self, x):
        return self.drop(ops.relu(self.fc(x)))


class ThresholdOpenSet(nn.Cell):
    def __init__(self, in_dim=10, n_known=4, threshold=0.45, unknown_id=-1):
        super().__init__()
        self.extractor = Extractor(in_dim)
        self.head = nn.Dense(16, n_known)
        self.threshold = threshold
        self.unknown_id = unknown_id

    def reject(self, probs):
        conf, pred = probs.max(axis=-1, return_indices=True)
        unknown = ops.full_like(pred, self.unknown_id)
        return ops.where(conf < self.threshold, unknown, pred), conf

    def construct(self, x):
        probs = ops.softmax(self.head(self.extractor(x)), axis=-1)
        labels, conf = self.reject(probs)
        n_rejected = (labels == self.unknown_id).astype(ms.int32).sum()
        return labels, conf, n_rejected


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(8, 10).astype(np.float32) * 2)
    net = ThresholdOpenSet()
    net.set_train(False)
    return net, (x,)
