# case: appends each batch's dominant growth stage to a module-level history list inside construct -> mutation of global Python state in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STAGE_HISTORY = []


class StageTracker(nn.Cell):
    def __init__(self, n_features=6, n_stages=4):
        super().__init__()
        self.classifier = nn.SequentialCell([nn.Dense(n_features, 16), nn.ReLU(), nn.Dense(16, n_stages)])

    def construct(self, feats):
        logits = self.classifier(feats)
        probs = ops.softmax(logits, axis=-1)
        dominant = probs.mean(axis=0).argmax()
        STAGE_HISTORY.append(dominant)
        return probs


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(5, 6).astype(np.float32))
    return StageTracker(), (feats,)
