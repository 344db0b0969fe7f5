# case: replay prototype is averaged over filled slots using an arange<count mask multiplied in, the count Parameter never becomes a Python int -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BufferConfig:
    capacity = 32
    feat_dim = 16
    center_batch = True
    eps = 1.0


class PrototypeReplay(nn.Cell):
    def __init__(self, config, memory=None, filled=0):
        super().__init__()
        self.center_batch = getattr(config, "center_batch", False)
        self.eps = config.eps
        if memory is None:
            memory = np.zeros((config.capacity, config.feat_dim), np.float32)
        self.memory = Parameter(Tensor(memory), name="memory", requires_grad=False)
        self.filled = Parameter(Tensor(np.array(filled, np.int32)), name="filled", requires_grad=False)
        self.slot_ids = Tensor(np.arange(config.capacity), ms.int32)

    def _valid_mask(self):
        valid = (self.slot_ids < self.filled).astype(ms.float32)
        return valid.expand_dims(-1)

    def construct(self, batch):
        valid = self._valid_mask()
        denom = ops.maximum(valid.sum(), self.eps)
        proto = (self.memory * valid).sum(axis=0) / denom
        if self.center_batch:
            return batch - proto
        return batch


def make():
    np.random.seed(11)
    cfg = BufferConfig()
    mem = np.random.randn(cfg.capacity, cfg.feat_dim).astype(np.float32)
    cell = PrototypeReplay(cfg, memory=mem, filled=12)
    batch = Tensor(np.random.randn(8, cfg.feat_dim).astype(np.float32))
    return cell, (batch,)
