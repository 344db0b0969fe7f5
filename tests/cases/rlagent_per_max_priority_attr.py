# case: prioritized replay weighting that tracks the running max priority by assigning a tensor to self in construct -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrioritizedTDLoss(nn.Cell):
    def __init__(self, alpha=0.6, beta=0.4, eps=1e-6):
        super().__init__()
        self.alpha = alpha
        self.beta = beta
        self.eps = eps
        self.max_priority = Tensor(1.0, ms.float32)

    def _importance_weights(self, probs, n):
        w = ops.pow(n * probs, -self.beta)
        return w / w.max()

    def construct(self, td_error, sample_probs):
        n = td_error.shape[0]
        weights = self._importance_weights(sample_probs, n)
        loss = (weights * td_error ** 2).mean()
        new_prio = ops.pow(ops.abs(td_error) + self.eps, self.alpha)
        self.max_priority = ops.maximum(self.max_priority, new_prio.max())
        return loss, new_prio, self.max_priority


def make():
    np.random.seed(9)
    td = Tensor(np.random.randn(8).astype(np.float32))
    p = np.random.rand(8).astype(np.float32)
    return PrioritizedTDLoss(), (td, Tensor(p / p.sum()))
