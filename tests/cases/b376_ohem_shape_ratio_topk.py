# case: hard-sample mining keeps the top int(ratio * batch) per-sample margin losses, k computed from loss.shape[0] rather than from values -> shape-derived k, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MiningConfig:
    keep_ratio = 0.5
    scale = 32.0
    margin = 0.3
    num_classes = 8


class HardSampleMiningLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_ratio = config.keep_ratio
        self.s, self.m = config.scale, config.margin
        self.num_classes = config.num_classes
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def _num_kept(self, loss):
        return max(int(loss.shape[0] * self.keep_ratio), 1)

    def construct(self, cos, labels):
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        per_sample = self.ce((cos - onehot * self.m) * self.s, labels)
        hard, _ = ops.topk(per_sample, self._num_kept(per_sample))
        return hard.mean()


def make():
    np.random.seed(37638)
    cos = Tensor(np.random.uniform(-0.5, 0.9, (10, MiningConfig.num_classes)).astype(np.float32))
    labels = Tensor(np.random.randint(0, MiningConfig.num_classes, 10).astype(np.int32))
    return HardSampleMiningLoss(MiningConfig()), (cos, labels)
