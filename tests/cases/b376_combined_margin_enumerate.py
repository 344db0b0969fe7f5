# case: InsightFace combined margin (m1, m2, m3) applies each margin term in an enumerate loop over a constant tuple of config values -> Python-constant loop, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COMBINED_MARGINS = {"arcface": (1.0, 0.5, 0.0), "cosface": (1.0, 0.0, 0.4), "combined": (1.0, 0.3, 0.2)}


class CombinedConfig:
    loss = "combined"
    scale = 64.0
    num_classes = 10


class CombinedMarginLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s = config.scale
        self.margins = COMBINED_MARGINS[config.loss]
        self.num_classes = config.num_classes
        self.ce = nn.CrossEntropyLoss()

    def _target_logit(self, cos_t):
        theta = ops.acos(cos_t.clip(-0.999, 0.999))
        out = cos_t
        for i, m in enumerate(self.margins):
            if i == 0 and m != 1.0:
                theta = theta * m
            elif i == 1 and m > 0:
                theta = theta + m
            elif i == 2 and m > 0:
                out = ops.cos(theta) - m
        return out if self.margins[2] > 0 else ops.cos(theta)

    def construct(self, cos, labels):
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        target = (cos * onehot).sum(axis=1, keepdims=True)
        logits = cos + onehot * (self._target_logit(target) - target)
        return self.ce(logits * self.s, labels)


def make():
    np.random.seed(37633)
    cos = Tensor(np.random.uniform(-0.5, 0.9, (6, CombinedConfig.num_classes)).astype(np.float32))
    labels = Tensor(np.random.randint(0, CombinedConfig.num_classes, 6).astype(np.int32))
    return CombinedMarginLoss(CombinedConfig()), (cos, labels)
