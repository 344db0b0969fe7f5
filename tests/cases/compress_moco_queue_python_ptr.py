# case: MoCo-style key queue enqueued by slicing around a pointer read from a Parameter with int() -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MoCoQueueHead(nn.Cell):
    def __init__(self, dim=8, queue_size=16, temperature=0.07):
        super().__init__()
        self.k = queue_size
        self.t = temperature
        q = np.random.randn(queue_size, dim).astype(np.float32)
        q /= np.linalg.norm(q, axis=1, keepdims=True)
        self.queue = Parameter(Tensor(q), name="queue", requires_grad=False)
        self.queue_ptr = Parameter(Tensor(np.zeros(1, np.int32)), name="queue_ptr", requires_grad=False)
        self.ce = nn.CrossEntropyLoss()

    def _dequeue_and_enqueue(self, keys):
        bs = keys.shape[0]
        ptr = int(self.queue_ptr[0])
        new_q = ops.concat((self.queue[:ptr], keys, self.queue[ptr + bs:]), axis=0)
        ops.assign(self.queue, new_q)
        ops.assign(self.queue_ptr, (self.queue_ptr + bs) % self.k)
        return new_q

    def construct(self, q, k):
        q = q / ops.norm(q, dim=1, keepdim=True)
        k = ops.stop_gradient(k / ops.norm(k, dim=1, keepdim=True))
        l_pos = (q * k).sum(axis=1, keepdims=True)
        l_neg = ops.matmul(q, self.queue.T)
        logits = ops.concat((l_pos, l_neg), axis=1) / self.t
        labels = ops.zeros(q.shape[0], ms.int32)
        loss = self.ce(logits, labels)
        self._dequeue_and_enqueue(k)
        return loss


def make():
    np.random.seed(8)
    net = MoCoQueueHead()
    q = Tensor(np.random.randn(4, 8).astype(np.float32))
    k = Tensor(np.random.randn(4, 8).astype(np.float32))
    return net, (q, k)
