# case: per-sample gradients of a linear loss via ops.vmap over ms.grad, then clipping and averaging -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _sample_loss(w, x, y):
    pred = (w * x).sum()
    return (pred - y) ** 2


class VmapDPGrad(nn.Cell):
    def __init__(self, clip_norm=1.0):
        super().__init__()
        self.clip_norm = clip_norm
        self.per_sample_grad = ops.vmap(ms.grad(_sample_loss, grad_position=0),
                                        in_axes=(None, 0, 0))

    def _clip(self, g):
        n = ops.sqrt((g * g).sum(axis=1, keepdims=True) + 1e-12)
        return g * ops.minimum(self.clip_norm / n, 1.0)

    def construct(self, w, xs, ys):
        grads = self.per_sample_grad(w, xs, ys)
        return self._clip(grads).mean(axis=0)


def make():
    np.random.seed(37)
    w = Tensor(np.random.randn(4).astype(np.float32))
    xs = Tensor(np.random.randn(6, 4).astype(np.float32))
    ys = Tensor(np.random.randn(6).astype(np.float32))
    return VmapDPGrad(), (w, xs, ys)
