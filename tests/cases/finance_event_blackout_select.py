# case: event-driven blackout mask zeroes weights around earnings dates with ops.select and renormalises -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarningsBlackout(nn.Cell):
    """Removes assets with an earnings event within `horizon` days and redistributes weight."""

    def __init__(self, horizon=3, eps=1e-8):
        super().__init__()
        self.horizon = horizon
        self.eps = eps

    def blackout_mask(self, days_to_event):
        return ops.logical_and(days_to_event >= 0, days_to_event <= self.horizon)

    def construct(self, weights, days_to_event):
        mask = self.blackout_mask(days_to_event)
        kept = ops.select(mask, ops.zeros_like(weights), weights)
        total = kept.sum(axis=-1, keepdims=True)
        renorm = kept / (total + self.eps)
        n_blocked = mask.astype(ms.int32).sum(axis=-1)
        return renorm, n_blocked


def make():
    np.random.seed(26)
    w = np.random.dirichlet(np.ones(8), size=3).astype(np.float32)
    d = np.random.randint(-5, 10, size=(3, 8)).astype(np.int32)
    return EarningsBlackout(), (Tensor(w), Tensor(d))
