# case: rhythm summary counts how many distinct beat classes were predicted in a record using ops.unique on the argmax labels -> unique output size from data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BEAT_CLASSES = ("N", "S", "V", "F", "Q")


class RhythmConfig:
    def __init__(self, hidden=24, num_classes=len(BEAT_CLASSES), summarise=True):
        self.hidden = hidden
        self.num_classes = num_classes
        self.summarise = summarise


class BeatClassifier(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden, config.num_classes)


class RhythmSummary(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.beat_cls = BeatClassifier(config)
        self.summarise = config.summarise

    def _distinct(self, labels):
        uniq, _ = ops.unique(labels)
        return uniq.shape[0], uniq

    def construct(self, beat_feats):
        logits = self.beat_cls(beat_feats)
        labels = logits.argmax(-1).reshape(-1)
        if not self.summarise:
            return logits
        n_types, uniq = self._distinct(labels)
        irregular = ops.scalar_to_tensor(n_types, ms.float32) / len(BEAT_CLASSES)
        return logits, uniq, irregular


def make():
    np.random.seed(3748)
    x = np.random.randn(30, 24).astype(np.float32)
    return RhythmSummary(RhythmConfig()), (Tensor(x),)
