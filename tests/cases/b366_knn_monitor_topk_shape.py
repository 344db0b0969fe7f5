# case: kNN monitor for SSL evaluation voting with the top-k nearest memory-bank features, k clipped by the bank size read from .shape, one-hot votes -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class KNNConfig:
    def __init__(self, k=20, temperature=0.1, num_classes=4, weighted=True):
        self.k = k
        self.temperature = temperature
        self.num_classes = num_classes
        self.weighted = weighted


class KNNClassifier(nn.Cell):
    def __init__(self, bank, bank_labels, config):
        super().__init__()
        self.bank = Parameter(bank, name="feature_bank", requires_grad=False)
        self.bank_labels = bank_labels
        self.k = config.k
        self.t = config.temperature
        self.num_classes = config.num_classes
        self.weighted = config.weighted

    def construct(self, feats):
        feats = ops.L2Normalize(axis=-1)(feats)
        sim = ops.matmul(feats, self.bank.T)
        k = min(self.k, self.bank.shape[0])
        sim_w, sim_idx = ops.topk(sim, k)
        sim_labels = ops.gather(self.bank_labels, sim_idx, 0)
        one_hot = ops.one_hot(sim_labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        weights = ops.exp(sim_w / self.t) if self.weighted else ops.ones_like(sim_w)
        scores = (one_hot * weights.expand_dims(-1)).sum(axis=1)
        return ops.argmax(scores, dim=-1)


def make():
    np.random.seed(3698)
    cfg = KNNConfig()
    bank = np.random.randn(12, 8).astype(np.float32)
    bank /= np.linalg.norm(bank, axis=1, keepdims=True)
    labels = Tensor(np.random.randint(0, cfg.num_classes, 12).astype(np.int32))
    feats = Tensor(np.random.randn(3, 8).astype(np.float32))
    return KNNClassifier(Tensor(bank), labels, cfg), (feats,)
