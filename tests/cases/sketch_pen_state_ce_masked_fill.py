# case: pen-state cross entropy for padded stroke-5 batches; invalid pen classes masked with masked_fill, padding weighted by mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenStateLoss(nn.Cell):
    """CE over (p1, p2, p3); optionally forbid p3 before min_len steps."""

    def __init__(self, min_len=2, forbid_early_eos=True, neg=-1e4):
        super().__init__()
        self.min_len = min_len
        self.forbid_early_eos = forbid_early_eos
        self.neg = neg

    def early_eos_mask(self, logits):
        t = logits.shape[1]
        steps = ops.arange(t).reshape(1, t, 1)
        cls = ops.arange(3).reshape(1, 1, 3)
        return ops.logical_and(steps < self.min_len, cls == 2)

    def construct(self, logits, target5, mask):
        if self.forbid_early_eos:
            logits = ops.masked_fill(logits, self.early_eos_mask(logits), self.neg)
        logp = ops.log_softmax(logits, axis=-1)
        nll = -(logp * target5[..., 2:]).sum(axis=-1)
        m = mask.astype(ms.float32)
        return (nll * m).sum() / m.sum()


def make():
    np.random.seed(36)
    b, t = 2, 6
    logits = np.random.randn(b, t, 3).astype(np.float32)
    tgt = np.zeros((b, t, 5), np.float32)
    tgt[..., 2] = 1.0
    tgt[:, -1, 2] = 0.0
    tgt[:, -1, 4] = 1.0
    mask = np.ones((b, t), np.bool_)
    mask[1, 4:] = False
    return PenStateLoss(), (Tensor(logits), Tensor(tgt), Tensor(mask))
