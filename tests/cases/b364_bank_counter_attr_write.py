# case: training-time memory bank pushes patch embeddings into a FIFO Parameter and bumps a plain python counter attribute (self.num_stored) inside construct -> attribute write in construct, expect error
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
        self.num_stored = 0
        self.bank = Parameter(Tensor(np.zeros((config.capacity, config.embed_dim), np.float32)),
                              name="bank", requires_grad=False)

    def _push(self, patches):
        n = patches.shape[0]
        ops.assign(self.bank, ops.concat((self.bank[n:], patches), axis=0))
        if self.track_count:
            self.num_stored = self.num_stored + n
        return n

    def construct(self, embedding):
        b, c, h, w = embedding.shape
        patches = embedding.transpose(0, 2, 3, 1).reshape(-1, c)
        if self.training:
            self._push(patches)
        d = (patches * patches).sum(1, keepdims=True) - 2.0 * ops.matmul(patches, self.bank.T)
        return d.min(axis=1).reshape(b, h, w)


def make():
    np.random.seed(3648)
    net = FifoMemoryBank()
    net.set_train(True)
    emb = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    return net, (emb,)
