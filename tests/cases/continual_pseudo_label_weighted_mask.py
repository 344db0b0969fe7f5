# case: pseudo-label loss weighted by a float confidence mask with a clamped denominator (no filtering) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedPseudoLabel(nn.Cell):
    def __init__(self, in_dim=6, n_cls=4, threshold=0.6, lambda_u=1.0, distribution_align=True):
        super().__init__()
        self.model = nn.SequentialCell([nn.Dense(in_dim, 16), nn.GELU(), nn.Dense(16, n_cls)])
        self.threshold = threshold
        self.lambda_u = lambda_u
        self.distribution_align = distribution_align
        self.ce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="none")

    def targets(self, weak_logits):
        probs = ops.softmax(weak_logits, axis=-1)
        if self.distribution_align:
            probs = probs / probs.mean(axis=0, keep_dims=True)
            probs = probs / probs.sum(axis=-1, keepdims=True)
        conf, pl = ops.max(probs, axis=-1)
        return ops.stop_gradient(conf), ops.stop_gradient(pl.astype(ms.int32))

    def construct(self, x_weak, x_strong):
        conf, pl = self.targets(self.model(x_weak))
        mask = (conf >= self.threshold).astype(ms.float32)
        per = self.ce(self.model(x_strong), pl)
        return self.lambda_u * (per * mask).sum() / ops.maximum(mask.sum(), 1.0)


def make():
    np.random.seed(3)
    xw = Tensor(np.random.randn(8, 6).astype(np.float32) * 2)
    xs = Tensor(np.random.randn(8, 6).astype(np.float32))
    return MaskedPseudoLabel(), (xw, xs)
