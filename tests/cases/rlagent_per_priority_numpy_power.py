# case: prioritized replay sampling probabilities computed with np.power / np.sum directly on the TD-error tensor, wrapped back into a Tensor -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrioritySampler(nn.Cell):
    def __init__(self, alpha=0.6, beta=0.4, eps=1e-5):
        super().__init__()
        self.alpha = alpha
        self.beta = beta
        self.eps = eps

    def _priorities(self, td_error):
        return ops.abs(td_error) + self.eps

    def construct(self, td_error):
        prio = self._priorities(td_error)
        scaled = np.power(prio, self.alpha)
        probs = Tensor(scaled / np.sum(scaled), ms.float32)
        n = td_error.shape[0]
        weights = ops.pow(n * probs, -self.beta)
        return probs, weights / weights.max()


def make():
    np.random.seed(20)
    td = Tensor(np.random.randn(10).astype(np.float32))
    return PrioritySampler(), (td,)
