# case: ghost batch norm whose training-only branch splits the batch with .asnumpy()/np.array_split, but the model is left in eval mode so only the plain BN path runs -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TabNetConfig:
    def __init__(self, **kwargs):
        self.virtual_batch_size = kwargs.get("virtual_batch_size", 4)
        self.momentum = kwargs.get("momentum", 0.02)
        self.n_d = kwargs.get("n_d", 8)


class GhostBatchNorm(nn.BatchNorm1d):
    def __init__(self, num_features, config):
        super().__init__(num_features, momentum=1.0 - config.momentum)
        self.virtual_batch_size = config.virtual_batch_size

    def construct(self, x):
        if self.training:
            n_chunks = max(1, x.shape[0] // self.virtual_batch_size)
            parts = np.array_split(x.asnumpy(), n_chunks, axis=0)
            return ops.concat([super().construct(Tensor(p)) for p in parts], axis=0)
        return super().construct(x)


class DecisionHead(nn.Cell):
    def __init__(self, d_in, n_classes, config):
        super().__init__()
        self.fc = nn.Dense(d_in, config.n_d)
        self.bn = GhostBatchNorm(config.n_d, config)
        self.out = nn.Dense(config.n_d, n_classes)

    def construct(self, x):
        return self.out(ops.relu(self.bn(self.fc(x))))


def make():
    np.random.seed(21)
    net = DecisionHead(9, 3, TabNetConfig())
    net.set_train(False)
    x = Tensor(np.random.randn(10, 9).astype(np.float32))
    return net, (x,)
