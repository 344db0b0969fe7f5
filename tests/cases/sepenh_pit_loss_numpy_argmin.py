# case: permutation-invariant MSE loss that picks the best permutation by pulling the loss table to NumPy and using np.argmin -> host round trip (.asnumpy) inside construct is not supported in Graph mode
import itertools
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PITMSELoss(nn.Cell):
    def __init__(self, num_spk=2):
        super().__init__()
        self.perms = list(itertools.permutations(range(num_spk)))

    def pair_loss(self, est, ref, perm):
        total = 0.0
        for i, p in enumerate(perm):
            total = total + ops.mean((est[:, i] - ref[:, p]) ** 2)
        return total / len(perm)

    def construct(self, est, ref):
        losses = ops.stack([self.pair_loss(est, ref, p) for p in self.perms])
        best = int(np.argmin(losses.asnumpy()))
        return losses[best]


def make():
    np.random.seed(3)
    est = np.random.randn(2, 2, 32).astype(np.float32)
    ref = np.random.randn(2, 2, 32).astype(np.float32)
    return PITMSELoss(2), (Tensor(est), Tensor(ref))
