# case: weak-label loss has a use_sparse_targets path building an ms.CSRTensor, but the config default keeps dense multi-hot targets passed in by the loader -> the sparse branch is dead, should compile statically
from dataclasses import dataclass
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class WeakLabelConfig:
    n_classes: int = 10
    batch_size: int = 4
    use_sparse_targets: bool = False
    pos_weight: Optional[float] = None


class WeakLabelLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_sparse_targets = config.use_sparse_targets
        self.dense_shape = (config.batch_size, config.n_classes)
        self.pos_weight = config.pos_weight if config.pos_weight is not None else 1.0

    def construct(self, clip_probs, targets, indptr=None, indices=None):
        if self.use_sparse_targets:
            csr = ms.CSRTensor(indptr, indices, targets, self.dense_shape)
            targets = csr.to_dense()
        eps = 1e-7
        pos = -self.pos_weight * targets * ops.log(clip_probs + eps)
        neg = -(1.0 - targets) * ops.log(1.0 - clip_probs + eps)
        return (pos + neg).mean()


def make():
    np.random.seed(3799)
    probs = Tensor(np.random.uniform(0.05, 0.95, (4, 10)).astype(np.float32))
    targets = Tensor((np.random.rand(4, 10) > 0.7).astype(np.float32))
    return WeakLabelLoss(WeakLabelConfig()), (probs, targets)
