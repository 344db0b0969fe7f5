# case: plain Python ResidueBatch class built from tensors inside construct and mutated by a helper -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidueBatch:
    def __init__(self, feats, mask):
        self.feats = feats
        self.mask = mask
        self.num_updates = 0


class ResidueUpdater(nn.Cell):
    def __init__(self, dim=12, num_steps=2):
        super().__init__()
        self.update = nn.Dense(dim, dim)
        self.num_steps = num_steps

    def apply_update(self, batch):
        delta = self.update(batch.feats) * batch.mask[..., None]
        batch.feats = batch.feats + delta
        batch.num_updates += 1
        return batch

    def construct(self, feats, mask):
        batch = ResidueBatch(feats, mask)
        for _ in range(self.num_steps):
            batch = self.apply_update(batch)
        return batch.feats.sum(1) / batch.mask.sum(1, keepdims=True)


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(2, 5, 12).astype(np.float32))
    mask = np.ones((2, 5), np.float32)
    mask[1, 3:] = 0
    return ResidueUpdater(), (feats, Tensor(mask))
