# case: ghost batch norm splits the batch into virtual batches of config size using only x.shape[0], normalises each chunk in a comprehension and concatenates -> Graph mode compiles statically
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GBNConfig:
    def __init__(self, virtual_batch_size=4, momentum=0.02, use_ghost=True):
        self.virtual_batch_size = virtual_batch_size
        self.momentum = momentum
        self.use_ghost = use_ghost


class GhostBatchNorm(nn.Cell):
    def __init__(self, n_features, config):
        super().__init__()
        self.vbs = config.virtual_batch_size
        self.use_ghost = config.use_ghost
        self.bn = nn.BatchNorm1d(n_features, momentum=1.0 - config.momentum)

    def _chunk_sizes(self, batch):
        n_chunks = int(math.ceil(batch / self.vbs))
        sizes = [self.vbs] * (n_chunks - 1)
        return tuple(sizes + [batch - self.vbs * (n_chunks - 1)])

    def construct(self, x):
        if not (self.training and self.use_ghost):
            return self.bn(x)
        chunks = ops.split(x, self._chunk_sizes(x.shape[0]), axis=0)
        return ops.concat([self.bn(c) for c in chunks], axis=0)


class GLUBlock(nn.Cell):
    def __init__(self, d_in, d_out, config):
        super().__init__()
        self.fc = nn.Dense(d_in, 2 * d_out, has_bias=False)
        self.gbn = GhostBatchNorm(2 * d_out, config)

    def construct(self, x):
        h = self.gbn(self.fc(x))
        a, b = ops.chunk(h, 2, axis=-1)
        return a * ops.sigmoid(b)


def make():
    np.random.seed(19)
    net = GLUBlock(7, 5, GBNConfig())
    net.set_train(True)
    x = Tensor(np.random.randn(10, 7).astype(np.float32))
    return net, (x,)
