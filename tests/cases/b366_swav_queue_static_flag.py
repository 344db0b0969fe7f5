# case: SwAV that uses the feature queue when a Python config flag use_queue is set, concatenating queue and batch then keeping the last batch rows -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SwAVQueueConfig:
    def __init__(self, dim=8, n_prototypes=6, queue_length=12, use_queue=True, update_queue=True):
        self.dim = dim
        self.n_prototypes = n_prototypes
        self.queue_length = queue_length
        self.use_queue = use_queue
        self.update_queue = update_queue


class SwAVQueued(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.prototypes = nn.Dense(config.dim, config.n_prototypes, has_bias=False)
        self.use_queue = config.use_queue
        self.update_queue = config.update_queue
        self.queue = Parameter(ops.zeros((config.queue_length, config.dim), ms.float32),
                               name="swav_queue", requires_grad=False) if config.use_queue else None

    def construct(self, z, epoch=None):
        b = z.shape[0]
        if self.queue is not None:
            feats = ops.concat((self.queue, z), axis=0)
            if self.update_queue:
                ops.assign(self.queue, feats[:self.queue.shape[0]])
        else:
            feats = z
        scores = self.prototypes(feats)
        q = ops.softmax(scores / 0.05, axis=0)
        return q[-b:]


def make():
    np.random.seed(3685)
    cfg = SwAVQueueConfig()
    z = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    return SwAVQueued(cfg), (z, Tensor(3, ms.int32))
