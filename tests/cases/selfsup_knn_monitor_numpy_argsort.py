# case: kNN accuracy monitor for representation quality that converts similarities to NumPy and uses np.argsort / np.bincount voting inside construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNNMonitor(nn.Cell):
    def __init__(self, bank_feats, bank_labels, k=5, n_classes=4):
        super().__init__()
        self.bank_feats = Tensor(bank_feats)
        self.bank_labels = Tensor(bank_labels)
        self.k = k
        self.n_classes = n_classes
        self.norm = ops.L2Normalize(axis=1)

    def vote(self, sim):
        sim_np = sim.asnumpy()
        nn_idx = np.argsort(-sim_np, axis=1)[:, :self.k]
        labels = self.bank_labels.asnumpy()[nn_idx]
        preds = [np.bincount(row, minlength=self.n_classes).argmax() for row in labels]
        return Tensor(np.array(preds, np.int32))

    def construct(self, feats, targets):
        sim = ops.matmul(self.norm(feats), self.norm(self.bank_feats).T)
        preds = self.vote(sim)
        return (preds == targets).astype(ms.float32).mean()


def make():
    np.random.seed(26)
    bank = np.random.randn(40, 16).astype(np.float32)
    bank_labels = np.random.randint(0, 4, size=40).astype(np.int32)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    targets = Tensor(np.random.randint(0, 4, size=6).astype(np.int32))
    return KNNMonitor(bank, bank_labels), (feats, targets)
