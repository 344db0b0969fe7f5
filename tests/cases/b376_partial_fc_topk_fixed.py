# case: PartialFC samples a fixed number of class centres with topk over random scores boosted for batch positives, k fixed by the sample rate in __init__ -> constant k, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PartialFCConfig:
    num_classes = 64
    embedding_size = 32
    sample_rate = 0.25
    scale = 64.0
    margin = 0.4


class PartialFCSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.num_sample = int(config.sample_rate * config.num_classes)
        self.s, self.m = config.scale, config.margin
        self.weight = Parameter(Tensor(np.random.normal(0, 0.01, (config.num_classes, config.embedding_size)).astype(np.float32)), name="weight")

    def _sample(self, labels, noise):
        positive = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).max(axis=0)
        scores = noise + 2.0 * positive
        _, index = ops.topk(scores, self.num_sample)
        return index

    def construct(self, emb, labels, noise):
        index = self._sample(labels, noise)
        sub_weight = ops.gather(self.weight, index, 0)
        cos = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=1)(sub_weight).T)
        hit = (labels.reshape(-1, 1) == index.reshape(1, -1)).astype(ms.float32)
        return (cos - hit * self.m) * self.s, index


def make():
    np.random.seed(37626)
    emb = Tensor(np.random.randn(8, PartialFCConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, PartialFCConfig.num_classes, 8).astype(np.int32))
    noise = Tensor(np.random.rand(PartialFCConfig.num_classes).astype(np.float32))
    return PartialFCSampler(PartialFCConfig()), (emb, labels, noise)
