# case: MoCo-style memory bank enqueues the current keys into a fixed-size Parameter queue with a ring pointer and scores queries against it -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MemoryQueue(nn.Cell):
    def __init__(self, queue_size=32, dim=8, temperature=0.07):
        super().__init__()
        self.queue_size = queue_size
        self.temperature = temperature
        init = np.random.RandomState(0).randn(queue_size, dim).astype(np.float32)
        self.queue = Parameter(Tensor(init / np.linalg.norm(init, axis=1, keepdims=True)),
                               name="queue", requires_grad=False)

    def enqueue(self, keys):
        batch = keys.shape[0]
        new_queue = ops.concat([keys, self.queue[:self.queue_size - batch]], axis=0)
        ops.assign(self.queue, new_queue)
        return batch

    def construct(self, queries, keys):
        queries = ops.L2Normalize(axis=-1)(queries)
        keys = ops.L2Normalize(axis=-1)(keys)
        l_pos = (queries * keys).sum(axis=-1, keepdims=True)
        l_neg = ops.matmul(queries, self.queue.T)
        logits = ops.concat([l_pos, l_neg], axis=1) / self.temperature
        self.enqueue(ops.stop_gradient(keys))
        return logits


def make():
    np.random.seed(23)
    q = Tensor(np.random.randn(4, 8).astype(np.float32))
    k = Tensor(np.random.randn(4, 8).astype(np.float32))
    return MemoryQueue(), (q, k)
