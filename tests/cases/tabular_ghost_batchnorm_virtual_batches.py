# case: ghost batch normalisation splits the batch into virtual batches whose count comes from x.shape and a config size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GhostBatchNorm(nn.Cell):
    def __init__(self, n_features=5, virtual_batch_size=4, momentum=0.9):
        super().__init__()
        self.vbs = virtual_batch_size
        self.bn = nn.BatchNorm1d(n_features, momentum=momentum)

    def construct(self, x):
        n_chunks = max(1, -(-x.shape[0] // self.vbs))
        if n_chunks == 1:
            return self.bn(x)
        chunks = ops.chunk(x, n_chunks, axis=0)
        return ops.concat([self.bn(c) for c in chunks], axis=0)


class GBNFeatureBlock(nn.Cell):
    def __init__(self, n_features=5, d_out=6, virtual_batch_size=4):
        super().__init__()
        self.fc = nn.Dense(n_features, 2 * d_out, has_bias=False)
        self.gbn = GhostBatchNorm(2 * d_out, virtual_batch_size)
        self.d_out = d_out

    def construct(self, x):
        h = self.gbn(self.fc(x))
        return h[:, :self.d_out] * ops.sigmoid(h[:, self.d_out:])


def make():
    np.random.seed(46)
    ms.set_seed(46)
    net = GBNFeatureBlock()
    net.set_train(True)
    x = Tensor(np.random.randn(12, 5).astype(np.float32))
    return net, (x,)
