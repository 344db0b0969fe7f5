# case: NeuralSort relaxed permutation matrix from pairwise score differences, used for a differentiable NDCG-style loss -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeuralSort(nn.Cell):
    def __init__(self, tau=1.0, hard=False):
        super().__init__()
        self.tau = tau
        self.hard = hard

    def construct(self, s):
        # s: (batch, n)
        n = s.shape[-1]
        s = s.expand_dims(-1)
        a_s = ops.abs(s - s.swapaxes(1, 2))
        b = a_s.sum(axis=-1, keepdims=True).swapaxes(1, 2)
        scaling = (n + 1 - 2 * (ops.arange(n, dtype=ms.float32) + 1)).reshape(1, n, 1)
        c = ops.matmul(scaling, s.swapaxes(1, 2))
        p = ops.softmax((c - b) / self.tau, axis=-1)
        if self.hard:
            idx = p.argmax(axis=-1)
            p = ops.one_hot(idx, n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return p


class SoftNDCGLoss(nn.Cell):
    def __init__(self, tau=0.5):
        super().__init__()
        self.sorter = NeuralSort(tau)

    def construct(self, scores, gains):
        perm = self.sorter(scores)
        sorted_gains = ops.matmul(perm, gains.expand_dims(-1)).squeeze(-1)
        n = scores.shape[-1]
        discounts = 1.0 / ops.log2(ops.arange(n, dtype=ms.float32) + 2.0)
        return -(sorted_gains * discounts).sum(axis=-1).mean()


def make():
    np.random.seed(24)
    loss = SoftNDCGLoss()
    scores = Tensor(np.random.randn(2, 6).astype(np.float32))
    gains = Tensor(np.random.rand(2, 6).astype(np.float32))
    return loss, (scores, gains)
