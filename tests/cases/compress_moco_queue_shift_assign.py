# case: MoCo negative queue kept as a Parameter and updated FIFO by concatenating new keys in front, sizes from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MomentumQueueLoss(nn.Cell):
    def __init__(self, dim=8, queue_size=12, temperature=0.2, update_queue=True):
        super().__init__()
        q = np.random.randn(queue_size, dim).astype(np.float32)
        q /= np.linalg.norm(q, axis=1, keepdims=True)
        self.queue = Parameter(Tensor(q), name="neg_queue", requires_grad=False)
        self.queue_size = queue_size
        self.t = temperature
        self.update_queue = update_queue
        self.ce = nn.CrossEntropyLoss()

    def _enqueue(self, keys):
        bs = keys.shape[0]
        new_queue = ops.concat((keys, self.queue[: self.queue_size - bs]), axis=0)
        return ops.assign(self.queue, new_queue)

    def construct(self, q, k):
        q = ops.L2Normalize(axis=1)(q)
        k = ops.stop_gradient(ops.L2Normalize(axis=1)(k))
        l_pos = ops.reduce_sum(q * k, 1).reshape(-1, 1)
        l_neg = ops.matmul(q, ops.stop_gradient(self.queue).T)
        logits = ops.concat((l_pos, l_neg), axis=1) / self.t
        target = ops.zeros((q.shape[0],), ms.int32)
        loss = self.ce(logits, target)
        if self.update_queue:
            loss = ops.depend(loss, self._enqueue(k))
        return loss


def make():
    np.random.seed(31)
    q = Tensor(np.random.randn(4, 8).astype(np.float32))
    k = Tensor(np.random.randn(4, 8).astype(np.float32))
    return MomentumQueueLoss(), (q, k)
