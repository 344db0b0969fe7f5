# case: MoCo negative queue as a Parameter, enqueue by concatenating new keys in front and cutting to the static queue length -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

DEFAULT_QUEUE = 48


class MoCoConfig:
    dim = 12
    queue_size = DEFAULT_QUEUE
    temperature = 0.2
    use_queue = True
    shuffle_bn = False  # never enabled by any caller


def _l2norm(x, eps=1e-6):
    return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + eps)


class KeyQueue(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.size = getattr(config, "queue_size", DEFAULT_QUEUE)
        self._build(config.dim)

    def _build(self, dim):
        data = _l2norm(Tensor(np.random.randn(self.size, dim).astype(np.float32)))
        self.buffer = Parameter(data, name="key_buffer", requires_grad=False)

    def construct(self, keys):
        n = keys.shape[0]
        merged = ops.concat((keys, self.buffer), axis=0)
        ops.assign(self.buffer, merged[: self.size])
        return self.buffer


class MoCoLogits(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.use_queue = config.use_queue
        self.shuffle_bn = config.shuffle_bn
        self.queue = KeyQueue(config) if self.use_queue else None

    def construct(self, q, k, labels=None):
        q, k = _l2norm(q), _l2norm(k)
        if self.shuffle_bn:
            k = k[::-1]
        pos = (q * k).sum(-1, keepdims=True)
        neg = ops.matmul(q, k.T)
        if self.queue is not None:
            neg = ops.matmul(q, self.queue.buffer.T)
            self.queue(ops.stop_gradient(k))
        logits = ops.concat((pos, neg), axis=1) / self.temperature
        if labels is None:
            labels = ops.zeros((q.shape[0],), ms.int32)
        return logits, labels


def make():
    np.random.seed(3661)
    cfg = MoCoConfig()
    q = Tensor(np.random.randn(6, cfg.dim).astype(np.float32))
    k = Tensor(np.random.randn(6, cfg.dim).astype(np.float32))
    return MoCoLogits(cfg), (q, k)
