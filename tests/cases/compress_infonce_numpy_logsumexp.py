# case: InfoNCE loss whose stable log-sum-exp helper calls NumPy on the similarity tensor -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def stable_logsumexp(logits):
    m = np.max(logits, axis=1, keepdims=True)
    return m + np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))


class InfoNCELoss(nn.Cell):
    def __init__(self, temperature=0.1, symmetric=False):
        super().__init__()
        self.temperature = temperature
        self.symmetric = symmetric

    def _one_direction(self, sim):
        n = sim.shape[0]
        lse = Tensor(stable_logsumexp(sim.asnumpy()))
        diag = ops.diagonal(sim).reshape(n, 1)
        return (lse - diag).mean()

    def construct(self, z_a, z_b):
        z_a = z_a / ops.norm(z_a, dim=1, keepdim=True)
        z_b = z_b / ops.norm(z_b, dim=1, keepdim=True)
        sim = ops.matmul(z_a, z_b.T) / self.temperature
        loss = self._one_direction(sim)
        if self.symmetric:
            loss = 0.5 * (loss + self._one_direction(sim.T))
        return loss


def make():
    np.random.seed(16)
    a = Tensor(np.random.randn(5, 6).astype(np.float32))
    b = Tensor(np.random.randn(5, 6).astype(np.float32))
    return InfoNCELoss(), (a, b)
