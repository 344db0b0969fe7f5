# case: policy entropy averaged over feasible actions only, computed with a float mask multiply and counts instead of selecting elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedEntropyRegulariser(nn.Cell):
    def __init__(self, weight=0.01, per_instance=True):
        super().__init__()
        self.weight = weight
        self.per_instance = per_instance

    def masked_mean(self, x, valid):
        w = valid.astype(x.dtype)
        if self.per_instance:
            return (x * w).sum(-1) / ops.maximum(w.sum(-1), 1.0)
        return (x * w).sum() / ops.maximum(w.sum(), 1.0)

    def construct(self, logits, mask):
        logits = ops.masked_fill(logits, mask, -1e9)
        log_p = ops.log_softmax(logits, -1)
        p = ops.exp(log_p)
        valid = ops.logical_not(mask)
        plogp = ops.where(valid, p * log_p, ops.zeros_like(log_p))
        ent = -self.masked_mean(plogp, valid) * valid.astype(ms.float32).sum(-1)
        return self.weight * ent.mean(), log_p


def make():
    np.random.seed(35)
    logits = Tensor(np.random.randn(3, 6).astype(np.float32))
    mask = np.random.rand(3, 6) < 0.3
    mask[:, 1] = False
    return MaskedEntropyRegulariser(), (logits, Tensor(mask))
