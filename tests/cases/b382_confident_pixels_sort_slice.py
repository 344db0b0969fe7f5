# case: pseudo-label mining sorts unlabelled pixels by confidence and keeps the first k where k counts pixels above the confidence threshold -> dynamic (slice length from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PseudoLabelConfig:
    def __init__(self, num_bands=14, num_classes=6, threshold=0.5, max_ratio=None):
        self.num_bands = num_bands
        self.num_classes = num_classes
        self.threshold = threshold
        self.max_ratio = max_ratio


class PseudoLabelMiner(nn.Cell):
    def __init__(self, config, classifier=None):
        super().__init__()
        self.threshold = config.threshold
        self.max_ratio = config.max_ratio
        self.classifier = classifier or nn.Dense(config.num_bands, config.num_classes)

    def _confident(self, probs):
        conf = probs.max(axis=-1)
        order = ops.sort(conf, descending=True)[1]
        k = (conf > self.threshold).astype(ms.int32).sum()
        return order[:k]

    def construct(self, unlabelled):
        probs = ops.softmax(self.classifier(unlabelled), -1)
        keep = self._confident(probs)
        pseudo = probs.argmax(-1)
        return ops.gather(unlabelled, keep, 0), ops.gather(pseudo, keep, 0)


def make():
    np.random.seed(3850)
    cfg = PseudoLabelConfig()
    x = Tensor(np.random.rand(40, cfg.num_bands).astype(np.float32) * 4)
    return PseudoLabelMiner(cfg), (x,)
