# case: MV-Softmax head mines hard negatives and its mixin helper averages them with ops.masked_select under a default-on stats flag -> dynamic shape from masked_select in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HeadConfig:
    embedding_size = 64
    num_classes = 20
    scale = 32.0
    margin = 0.35
    mining_t = 0.2
    use_hard_stats = True


class HardMiningMixin:
    def _hard_negative_stats(self, cos, hard):
        picked = ops.masked_select(cos, hard)
        return picked.mean()


class NormLinear(nn.Cell):
    def __init__(self, in_features, out_features):
        super().__init__()
        w = np.random.randn(out_features, in_features).astype(np.float32) * 0.01
        self.weight = Parameter(Tensor(w), name="weight")
        self.l2 = ops.L2Normalize(axis=1)

    def construct(self, x):
        return ops.matmul(self.l2(x), self.l2(self.weight).T)


class MVSoftmaxHead(HardMiningMixin, nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scale = config.scale
        self.margin = config.margin
        self.t = config.mining_t
        self.use_hard_stats = config.use_hard_stats
        self.num_classes = config.num_classes
        self.fc = NormLinear(config.embedding_size, config.num_classes)

    def construct(self, emb, labels):
        cos = self.fc(emb)
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        target = (cos * onehot).sum(axis=1, keepdims=True) - self.margin
        hard = ops.logical_and(cos > target, onehot < 0.5)
        cos = ops.where(hard, cos * (self.t + 1.0) + self.t, cos)
        logits = (cos * (1 - onehot) + target * onehot) * self.scale
        if self.use_hard_stats:
            return logits, self._hard_negative_stats(cos, hard)
        return logits


def make():
    np.random.seed(37601)
    emb = Tensor(np.random.randn(8, HeadConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, HeadConfig.num_classes, size=(8,)).astype(np.int32))
    return MVSoftmaxHead(HeadConfig()), (emb, labels)
