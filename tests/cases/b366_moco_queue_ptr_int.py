# case: MoCo-style key queue kept as a Parameter, enqueue writes the batch at the pointer read with int() from a Parameter -> Graph mode rejects or makes the slice dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QueueConfig:
    def __init__(self, dim=16, queue_size=64, temperature=0.07, normalize_keys=True):
        self.dim = dim
        self.queue_size = queue_size
        self.temperature = temperature
        self.normalize_keys = normalize_keys


class NegativeQueueMixin:
    def _init_queue(self, config):
        init = np.random.randn(config.queue_size, config.dim).astype(np.float32)
        init /= np.linalg.norm(init, axis=1, keepdims=True)
        self.queue = Parameter(Tensor(init), name="queue", requires_grad=False)
        self.queue_ptr = Parameter(Tensor(np.zeros((1,), np.int32)), name="queue_ptr", requires_grad=False)

    def _dequeue_and_enqueue(self, keys):
        batch_size = keys.shape[0]
        ptr = int(self.queue_ptr[0])
        new_queue = ops.concat((self.queue[:ptr], keys, self.queue[ptr + batch_size:]), axis=0)
        ops.assign(self.queue, new_queue)
        ops.assign(self.queue_ptr, (self.queue_ptr + batch_size) % self.queue.shape[0])
        return new_queue


class MoCoContrastHead(nn.Cell, NegativeQueueMixin):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.normalize_keys = config.normalize_keys
        self._init_queue(config)

    def construct(self, q, k):
        q = ops.L2Normalize(axis=-1)(q)
        if self.normalize_keys:
            k = ops.L2Normalize(axis=-1)(k)
        l_pos = (q * k).sum(axis=-1, keepdims=True)
        l_neg = ops.matmul(q, self.queue.T)
        logits = ops.concat((l_pos, l_neg), axis=1) / self.temperature
        self._dequeue_and_enqueue(k)
        return logits


def make():
    np.random.seed(366)
    cfg = QueueConfig()
    q = Tensor(np.random.randn(8, cfg.dim).astype(np.float32))
    k = Tensor(np.random.randn(8, cfg.dim).astype(np.float32))
    return MoCoContrastHead(cfg), (q, k)
