# case: training-time memory bank pushes patch embeddings into a FIFO Parameter and keeps the stored count in an int Parameter updated with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BankConfig:
    capacity = 128
    embed_dim = 8
    track_count = True


class FifoMemoryBank(nn.Cell):
    def __init__(self, config=BankConfig):
        super().__init__()
        self.capacity = config.capacity
        self.track_count = config.track_count
        self._init_state(config)

    def _init_state(self, config):
        self.bank = Parameter(Tensor(np.zeros((config.capacity, config.embed_dim), np.float32)),
                              name="bank", requires_grad=False)
        self.num_stored = Parameter(Tensor(0, ms.int32), name="num_stored", requires_grad=False)

    def _push(self, patches):
        n = patches.shape[0]
        ops.assign(self.bank, ops.concat((self.bank[n:], patches), axis=0))
        if self.track_count:
            ops.assign(self.num_stored, ops.minimum(self.num_stored + n, self.capacity))
        return n

    def construct(self, embedding):
        b, c, h, w = embedding.shape
        patches = embedding.transpose(0, 2, 3, 1).reshape(-1, c)
        if self.training:
            self._push(patches)
        d = (patches * patches).sum(1, keepdims=True) - 2.0 * ops.matmul(patches, self.bank.T)
        return d.min(axis=1).reshape(b, h, w)


def make():
    np.random.seed(3649)
    net = FifoMemoryBank()
    net.set_train(True)
    emb = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    return net, (emb,)
