# case: meta-update applying inner gradients clipped by norm, with the norm pulled out via .item() and compared in Python -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClippedMetaUpdate(nn.Cell):
    def __init__(self, max_norm=1.0, meta_lr=0.1, eps=1e-6):
        super().__init__()
        self.max_norm = max_norm
        self.meta_lr = meta_lr
        self.eps = eps

    def global_norm(self, grads):
        sq = [ops.reduce_sum(g * g) for g in grads]
        return ops.sqrt(ops.addn(sq))

    def clip(self, grads):
        total = self.global_norm(grads).item()
        if total > self.max_norm:
            scale = self.max_norm / (total + self.eps)
            grads = tuple(g * scale for g in grads)
        return grads

    def construct(self, w, b, gw, gb):
        gw, gb = self.clip((gw, gb))
        return w - self.meta_lr * gw, b - self.meta_lr * gb


def make():
    np.random.seed(5)
    upd = ClippedMetaUpdate()
    w = Tensor(np.random.randn(6, 3).astype(np.float32))
    b = Tensor(np.zeros(3, np.float32))
    gw = Tensor(np.random.randn(6, 3).astype(np.float32) * 3)
    gb = Tensor(np.random.randn(3).astype(np.float32))
    return upd, (w, b, gw, gb)
