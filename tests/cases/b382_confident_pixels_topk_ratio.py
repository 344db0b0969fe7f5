# case: pseudo-label mining keeps a fixed fraction of pixels, k = int(n_pixels * keep_ratio) from the input shape, and weights them by a confidence mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PseudoLabelConfig:
    def __init__(self, num_bands=14, num_classes=6, threshold=0.3, keep_ratio=0.25):
        self.num_bands = num_bands
        self.num_classes = num_classes
        self.threshold = threshold
        self.keep_ratio = keep_ratio


class PseudoLabelMiner(nn.Cell):
    def __init__(self, config, classifier=None):
        super().__init__()
        self.threshold = config.threshold
        self.keep_ratio = config.keep_ratio
        self.classifier = classifier or nn.Dense(config.num_bands, config.num_classes)

    def _confident(self, probs):
        conf = probs.max(axis=-1)
        k = max(int(conf.shape[0] * self.keep_ratio), 1)
        top_conf, idx = ops.topk(conf, k)
        weight = (top_conf > self.threshold).astype(probs.dtype)
        return idx, weight

    def construct(self, unlabelled):
        probs = ops.softmax(self.classifier(unlabelled), -1)
        idx, weight = self._confident(probs)
        pseudo = probs.argmax(-1)
        return ops.gather(unlabelled, idx, 0) * weight.reshape(-1, 1), ops.gather(pseudo, idx, 0)


def make():
    np.random.seed(3851)
    cfg = PseudoLabelConfig()
    x = Tensor(np.random.rand(40, cfg.num_bands).astype(np.float32) * 4)
    return PseudoLabelMiner(cfg), (x,)
