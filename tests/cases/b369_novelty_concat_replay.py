# case: when the batch novelty score tensor exceeds tau the learner appends the whole replay memory to the features before classifying -> if on a tensor value whose branches leave different batch sizes, Graph mode fails to join shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NoveltyConfig:
    def __init__(self, tau=0.5, feat_dim=12, num_classes=4, memory_size=16):
        self.tau = tau
        self.feat_dim = feat_dim
        self.num_classes = num_classes
        self.memory_size = memory_size


class NoveltyReplayLearner(nn.Cell):
    def __init__(self, config, prototypes=None):
        super().__init__()
        self.tau = config.tau
        self.classifier = nn.Dense(config.feat_dim, config.num_classes)
        if prototypes is None:
            prototypes = np.zeros((config.memory_size, config.feat_dim), np.float32)
        self.memory = Parameter(Tensor(prototypes), name="memory", requires_grad=False)
        self.reference = Parameter(Tensor(prototypes.mean(axis=0)), name="reference", requires_grad=False)

    def _novelty(self, feats):
        return ((feats - self.reference) ** 2).sum(axis=-1).mean()

    def construct(self, feats):
        if self._novelty(feats) > self.tau:
            feats = ops.concat((feats, self.memory), axis=0)
        return self.classifier(feats)


def make():
    np.random.seed(30)
    cfg = NoveltyConfig()
    learner = NoveltyReplayLearner(cfg, np.random.randn(cfg.memory_size, cfg.feat_dim).astype(np.float32))
    return learner, (Tensor(np.random.randn(5, cfg.feat_dim).astype(np.float32)),)
