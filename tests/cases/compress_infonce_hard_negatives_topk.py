# case: InfoNCE with hard-negative mining that keeps a configured number of hardest negatives via topk on a masked similarity matrix -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegInfoNCE(nn.Cell):
    def __init__(self, temperature=0.1, num_hard=3, big=1e4):
        super().__init__()
        self.t = temperature
        self.num_hard = num_hard
        self.big = big

    def _hard_negatives(self, sim):
        n = sim.shape[0]
        eye = ops.eye(n, n, ms.float32)
        masked = sim - eye * self.big
        hard, _ = ops.topk(masked, self.num_hard)
        return hard

    def construct(self, anchors, positives):
        a = anchors / ops.norm(anchors, dim=1, keepdim=True)
        p = positives / ops.norm(positives, dim=1, keepdim=True)
        sim = ops.matmul(a, p.T) / self.t
        pos = ops.diagonal(sim).reshape(-1, 1)
        neg = self._hard_negatives(sim)
        logits = ops.concat((pos, neg), axis=1)
        return (ops.logsumexp(logits, 1, True) - pos).mean()


def make():
    np.random.seed(37)
    a = Tensor(np.random.randn(6, 4).astype(np.float32))
    p = Tensor(np.random.randn(6, 4).astype(np.float32))
    return HardNegInfoNCE(), (a, p)
