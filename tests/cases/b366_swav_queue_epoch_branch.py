# case: SwAV that prepends the feature queue to the batch only once the epoch Tensor passes queue_start_epoch, so the scores matrix has a different number of rows per branch -> Graph mode rejects the shape mismatch
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SwAVQueueConfig:
    def __init__(self, dim=8, n_prototypes=6, queue_length=12, queue_start_epoch=2):
        self.dim = dim
        self.n_prototypes = n_prototypes
        self.queue_length = queue_length
        self.queue_start_epoch = queue_start_epoch


class SwAVWithQueue(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.prototypes = nn.Dense(config.dim, config.n_prototypes, has_bias=False)
        self.queue_start = config.queue_start_epoch
        self._init_queue(config)

    def _init_queue(self, config):
        self.queue = Parameter(ops.zeros((config.queue_length, config.dim), ms.float32),
                               name="swav_queue", requires_grad=False)

    def _scores(self, z, epoch):
        if epoch >= self.queue_start:
            z = ops.concat((self.queue, z), axis=0)
        return self.prototypes(z)

    def construct(self, z, epoch):
        scores = self._scores(z, epoch)
        q = ops.softmax(scores / 0.05, axis=0)
        return q[-z.shape[0]:]


def make():
    np.random.seed(3684)
    cfg = SwAVQueueConfig()
    z = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    return SwAVWithQueue(cfg), (z, Tensor(3, ms.int32))
