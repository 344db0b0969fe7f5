# case: Top-k GAN generator loss where k comes from a config fraction times logits.shape[0] (Python arithmetic on a shape, clamped with max) -> static k, fine in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_MIN_K = 2


class TopKConfig:
    topk_frac = 0.75
    use_topk = True
    reduction = "mean"


def _num_kept(batch, frac, min_k=DEFAULT_MIN_K):
    return max(int(math.ceil(frac * batch)), min_k)


class NonSaturatingGLoss(nn.Cell):
    def __init__(self, config=TopKConfig(), **kwargs):
        super().__init__()
        self.use_topk = config.use_topk
        self.frac = kwargs.get("topk_frac", config.topk_frac)
        self.reduction = config.reduction

    def construct(self, fake_logits, weights=None):
        logits = fake_logits.reshape(-1)
        if self.use_topk:
            k = _num_kept(logits.shape[0], self.frac)
            logits, idx = ops.topk(logits, k)
            if weights is not None:
                weights = ops.gather(weights, idx, 0)
        loss = ops.softplus(-logits)
        if weights is not None:
            loss = loss * weights
        return loss.mean() if self.reduction == "mean" else loss.sum()


def make():
    np.random.seed(3558)
    loss = NonSaturatingGLoss(topk_frac=0.5)
    fake_logits = Tensor(np.random.randn(8, 1).astype(np.float32))
    weights = Tensor(np.random.rand(8).astype(np.float32))
    return loss, (fake_logits, weights)
