# case: mesh message-passing surrogate on a padded mesh trims the node outputs to the real node count n_real (a tensor from the data loader) before the loss -> slice bound from tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MessageLayer(nn.Cell):
    def __init__(self, feat):
        super().__init__()
        self.msg = nn.Dense(2 * feat, feat)
        self.act = nn.ReLU()

    def construct(self, h, src, dst):
        m = self.act(self.msg(ops.concat((ops.gather(h, src, 0), ops.gather(h, dst, 0)), axis=-1)))
        return h + ops.unsorted_segment_sum(m, dst, h.shape[0])


class MeshSurrogate(nn.Cell):
    def __init__(self, feat=6, n_layers=2):
        super().__init__()
        self.encode = nn.Dense(3, feat)
        self.layers = nn.CellList([MessageLayer(feat) for _ in range(n_layers)])
        self.decode = nn.Dense(feat, 1)

    def readout(self, h, n_real):
        return self.decode(h[:n_real]).squeeze(-1)

    def construct(self, x, edge_index, target, n_real):
        h = self.encode(x)
        for layer in self.layers:
            h = layer(h, edge_index[0], edge_index[1])
        pred = self.readout(h, n_real)
        return ((pred - target[:n_real]) ** 2).mean()


def make():
    np.random.seed(10)
    n_pad, n_real, e = 16, 11, 30
    x = np.zeros((n_pad, 3), np.float32)
    x[:n_real] = np.random.randn(n_real, 3)
    ei = Tensor(np.random.randint(0, n_real, size=(2, e)).astype(np.int32))
    target = Tensor(np.random.randn(n_pad).astype(np.float32))
    return MeshSurrogate(), (Tensor(x), ei, target, Tensor(n_real, ms.int32))
