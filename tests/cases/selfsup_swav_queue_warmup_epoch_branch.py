# case: SwAV uses its feature queue only after a start epoch given as a Tensor; the branch concatenates the queue so branches return different batch sizes -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SwAVQueueAssign(nn.Cell):
    def __init__(self, dim=16, n_prototypes=10, queue_len=8, epoch_queue_starts=15, epsilon=0.05):
        super().__init__()
        self.prototypes = nn.Dense(dim, n_prototypes, has_bias=False)
        self.queue = Parameter(Tensor(np.random.randn(queue_len, dim).astype(np.float32)),
                               name="queue", requires_grad=False)
        self.epoch_queue_starts = epoch_queue_starts
        self.epsilon = epsilon
        self.norm = ops.L2Normalize(axis=1)

    def sinkhorn(self, scores, n_iters=3):
        q = ops.exp(scores / self.epsilon)
        q = q / q.sum()
        for _ in range(n_iters):
            q = q / q.sum(axis=0, keepdims=True) / q.shape[1]
            q = q / q.sum(axis=1, keepdims=True) / q.shape[0]
        return q * q.shape[0]

    def construct(self, z, epoch):
        z = self.norm(z)
        scores = self.prototypes(z)
        if epoch >= self.epoch_queue_starts:
            scores = ops.concat((self.prototypes(self.queue), scores), axis=0)
        q = self.sinkhorn(ops.stop_gradient(scores))
        return q


def make():
    np.random.seed(17)
    z = Tensor(np.random.randn(4, 16).astype(np.float32))
    epoch = Tensor(20, ms.int32)
    return SwAVQueueAssign(), (z, epoch)
