# case: contrastive head reading hyper-parameters from an @ms.jit_class config object stored on the Cell -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ContrastConfig:
    def __init__(self, temperature=0.2, proj_dim=16, symmetric=True, label_smoothing=0.0):
        self.temperature = temperature
        self.proj_dim = proj_dim
        self.symmetric = symmetric
        self.label_smoothing = label_smoothing

    def scale(self, logits):
        return logits / self.temperature


class CLIPStyleHead(nn.Cell):
    def __init__(self, in_a=24, in_b=32, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else ContrastConfig()
        self.proj_a = nn.Dense(in_a, self.cfg.proj_dim, has_bias=False)
        self.proj_b = nn.Dense(in_b, self.cfg.proj_dim, has_bias=False)
        self.norm = ops.L2Normalize(axis=-1)

    def construct(self, a, b):
        za = self.norm(self.proj_a(a))
        zb = self.norm(self.proj_b(b))
        logits = self.cfg.scale(ops.matmul(za, zb.T))
        labels = ops.arange(a.shape[0], dtype=ms.int32)
        loss = ops.cross_entropy(logits, labels, label_smoothing=self.cfg.label_smoothing)
        if self.cfg.symmetric:
            loss = 0.5 * (loss + ops.cross_entropy(logits.T, labels,
                                                   label_smoothing=self.cfg.label_smoothing))
        return loss


def make():
    np.random.seed(24)
    a = Tensor(np.random.randn(6, 24).astype(np.float32))
    b = Tensor(np.random.randn(6, 32).astype(np.float32))
    return CLIPStyleHead(), (a, b)
