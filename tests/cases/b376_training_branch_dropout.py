# case: embedding head applies feature dropout and the additive margin only in `if self.training:` and returns plain cosines in eval -> training flag resolved at compile time, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HeadConfig:
    embedding_size = 24
    num_classes = 9
    scale = 30.0
    margin = 0.35
    feature_dropout = 0.2


class TrainEvalHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s, self.m = config.scale, config.margin
        self.num_classes = config.num_classes
        self.drop = nn.Dropout(p=config.feature_dropout)
        self.weight = Parameter(Tensor(np.random.randn(config.num_classes, config.embedding_size).astype(np.float32) * 0.05), name="weight")

    def construct(self, emb, labels=None):
        if self.training:
            emb = self.drop(emb)
        cos = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=1)(self.weight).T)
        if self.training and labels is not None:
            onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            cos = cos - onehot * self.m
        return cos * self.s


def make():
    np.random.seed(37634)
    net = TrainEvalHead(HeadConfig())
    net.set_train(True)
    emb = Tensor(np.random.randn(5, HeadConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, HeadConfig.num_classes, 5).astype(np.int32))
    return net, (emb, labels)
