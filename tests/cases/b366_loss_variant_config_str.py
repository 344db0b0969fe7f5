# case: contrastive loss library choosing InfoNCE / NT-Xent / BYOL-cosine by a config string compared in construct, only one branch taken -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SUPPORTED_LOSSES = ("infonce", "ntxent", "cosine")


class LossConfig:
    def __init__(self, loss_type="ntxent", temperature=0.5, symmetric=True):
        assert loss_type in SUPPORTED_LOSSES
        self.loss_type = loss_type
        self.temperature = temperature
        self.symmetric = symmetric


def _normalize(x):
    return x / ops.norm(x, dim=-1, keepdim=True).clamp(min=1e-6)


class ContrastiveCriterion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.loss_type = config.loss_type
        self.t = config.temperature
        self.symmetric = config.symmetric
        self.ce = nn.CrossEntropyLoss()

    def _infonce(self, a, b):
        logits = ops.matmul(a, b.T) / self.t
        labels = ops.arange(a.shape[0], dtype=ms.int32)
        return self.ce(logits, labels)

    def _ntxent(self, a, b):
        z = ops.concat((a, b), axis=0)
        n = a.shape[0]
        sim = ops.matmul(z, z.T) / self.t
        sim = sim - ops.eye(2 * n, 2 * n, ms.float32) * 1e9
        labels = ops.concat((ops.arange(n, 2 * n, dtype=ms.int32), ops.arange(0, n, dtype=ms.int32)))
        return self.ce(sim, labels)

    def construct(self, z1, z2):
        z1, z2 = _normalize(z1), _normalize(z2)
        if self.loss_type == "infonce":
            loss = self._infonce(z1, z2)
            if self.symmetric:
                loss = 0.5 * (loss + self._infonce(z2, z1))
        elif self.loss_type == "ntxent":
            loss = self._ntxent(z1, z2)
        else:
            loss = 2 - 2 * (z1 * z2).sum(axis=-1).mean()
        return loss


def make():
    np.random.seed(3674)
    z1 = Tensor(np.random.randn(6, 8).astype(np.float32))
    z2 = Tensor(np.random.randn(6, 8).astype(np.float32))
    return ContrastiveCriterion(LossConfig()), (z1, z2)
