# case: weighted kNN classifier (InstDisc style) with constant k via topk, gather of bank labels and one-hot temperature-weighted voting -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedKNN(nn.Cell):
    def __init__(self, bank_feats, bank_labels, k=5, n_classes=4, temperature=0.07):
        super().__init__()
        self.bank_feats = Tensor(bank_feats)
        self.bank_labels = Tensor(bank_labels)
        self.k = k
        self.n_classes = n_classes
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def neighbours(self, feats):
        sim = ops.matmul(self.norm(feats), self.norm(self.bank_feats).T)
        top_sim, top_idx = ops.topk(sim, self.k, dim=1)
        top_labels = ops.gather(self.bank_labels, top_idx.reshape(-1), 0).reshape(top_idx.shape)
        return top_sim, top_labels

    def construct(self, feats, targets):
        top_sim, top_labels = self.neighbours(feats)
        weights = ops.exp(top_sim / self.temperature)
        onehot = ops.one_hot(top_labels, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        scores = (onehot * weights.expand_dims(-1)).sum(axis=1)
        preds = scores.argmax(axis=1).astype(ms.int32)
        return (preds == targets).astype(ms.float32).mean()


def make():
    np.random.seed(27)
    bank = np.random.randn(40, 16).astype(np.float32)
    bank_labels = np.random.randint(0, 4, size=40).astype(np.int32)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    targets = Tensor(np.random.randint(0, 4, size=6).astype(np.int32))
    return WeightedKNN(bank, bank_labels), (feats, targets)
