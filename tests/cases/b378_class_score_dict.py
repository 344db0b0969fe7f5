# case: tagging wrapper returns a dict mapping each AudioSet-style class name to its clip score, built by enumerating a constant label tuple in construct -> constant string keys, expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LABELS = ("speech", "music", "vehicle", "animal")


class LabelConfig:
    hidden_size = 32
    labels = LABELS
    threshold = 0.5


class NamedTagger(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.hidden_size, len(config.labels))
        self.labels = config.labels
        self.threshold = config.threshold

    def construct(self, embedding):
        probs = ops.sigmoid(self.fc(embedding))      # (B, C)
        scores = {}
        for i, name in enumerate(self.labels):
            scores[name] = probs[:, i]
        scores["any_event"] = (probs > self.threshold).astype(ms.float32).max(axis=-1)
        return scores


def make():
    np.random.seed(3818)
    emb = Tensor(np.random.randn(3, 32).astype(np.float32))
    return NamedTagger(LabelConfig()), (emb,)
