# case: MoCo negative queue enqueue reading the queue pointer with .asnumpy() inside construct -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MoCoQueue(nn.Cell):
    def __init__(self, dim=16, queue_size=32, temperature=0.07):
        super().__init__()
        self.queue_size = queue_size
        self.temperature = temperature
        init = np.random.randn(queue_size, dim).astype(np.float32)
        init /= np.linalg.norm(init, axis=1, keepdims=True)
        self.queue = Parameter(Tensor(init), name="queue", requires_grad=False)
        self.queue_ptr = Parameter(Tensor(np.zeros(1, np.int32)), name="queue_ptr", requires_grad=False)
        self.norm = ops.L2Normalize(axis=1)

    def _dequeue_and_enqueue(self, keys):
        batch = keys.shape[0]
        ptr = int(self.queue_ptr.asnumpy()[0])
        new_queue = ops.concat((self.queue[:ptr], keys, self.queue[ptr + batch:]), axis=0)
        ops.assign(self.queue, new_queue)
        ops.assign(self.queue_ptr, Tensor([(ptr + batch) % self.queue_size], ms.int32))
        return new_queue

    def construct(self, q, k):
        q = self.norm(q)
        k = ops.stop_gradient(self.norm(k))
        l_pos = (q * k).sum(axis=1, keepdims=True)
        l_neg = ops.matmul(q, self.queue.T)
        logits = ops.concat((l_pos, l_neg), axis=1) / self.temperature
        labels = ops.zeros(q.shape[0], ms.int32)
        loss = ops.cross_entropy(logits, labels)
        self._dequeue_and_enqueue(k)
        return loss


def make():
    np.random.seed(3)
    q = Tensor(np.random.randn(4, 16).astype(np.float32))
    k = Tensor(np.random.randn(4, 16).astype(np.float32))
    return MoCoQueue(), (q, k)
