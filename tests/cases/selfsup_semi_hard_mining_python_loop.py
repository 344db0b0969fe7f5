# case: semi-hard negative mining in a Python loop over anchors, using float() on tensor entries and collecting a variable number of negatives per anchor -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SemiHardMiner(nn.Cell):
    def __init__(self, margin=0.2, temperature=0.1):
        super().__init__()
        self.margin = margin
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def mine(self, sim, pos_sim):
        chosen = []
        n, m = sim.shape
        for i in range(n):
            for j in range(m):
                s = float(sim[i, j])
                if s < float(pos_sim[i]) and s > float(pos_sim[i]) - self.margin:
                    chosen.append(sim[i, j])
        return chosen

    def construct(self, anchors, positives, negatives):
        a = self.norm(anchors)
        pos_sim = (a * self.norm(positives)).sum(axis=1)
        sim = ops.matmul(a, self.norm(negatives).T)
        chosen = self.mine(sim, pos_sim)
        if len(chosen) == 0:
            return ops.zeros((), ms.float32)
        negs = ops.stack(chosen)
        return ops.logsumexp(negs / self.temperature, 0) - pos_sim.mean() / self.temperature


def make():
    np.random.seed(38)
    a = Tensor(np.random.randn(3, 8).astype(np.float32))
    p = Tensor(np.random.randn(3, 8).astype(np.float32))
    n = Tensor(np.random.randn(5, 8).astype(np.float32))
    return SemiHardMiner(margin=1.0), (a, p, n)
