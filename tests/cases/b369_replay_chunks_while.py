# case: replay augmentation appends memory chunks to a Python list while the current loss tensor stays above target, then concatenates them -> list grown in a while loop on a tensor value, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ReplayConfig:
    capacity = 32
    chunk = 8
    target_loss = 0.5
    decay = 0.6
    feat_dim = 10


class ReplayAugmenter(nn.Cell):
    def __init__(self, config, memory=None):
        super().__init__()
        self.num_chunks = config.capacity // config.chunk
        self.chunk = config.chunk
        self.target_loss = config.target_loss
        self.decay = config.decay
        if memory is None:
            memory = np.zeros((config.capacity, config.feat_dim), np.float32)
        self.memory = Parameter(Tensor(memory), name="replay_memory", requires_grad=False)

    def _chunk(self, i):
        return self.memory[i * self.chunk:(i + 1) * self.chunk]

    def construct(self, batch, loss):
        pieces = [batch]
        i = 0
        while loss > self.target_loss:
            pieces.append(self._chunk(i % self.num_chunks))
            loss = loss * self.decay
            i = i + 1
        mixed = ops.concat(pieces, axis=0)
        return mixed.mean(axis=0)


def make():
    np.random.seed(29)
    cfg = ReplayConfig()
    aug = ReplayAugmenter(cfg, np.random.randn(cfg.capacity, cfg.feat_dim).astype(np.float32))
    batch = Tensor(np.random.randn(4, cfg.feat_dim).astype(np.float32))
    return aug, (batch, Tensor(1.7, ms.float32))
