# case: logs the top clip score with an f-string of a tensor and print inside construct of a clip classifier -> may compile (print of data) or error on f-string
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipClassifier(nn.Cell):
    def __init__(self, feat_dim=16, num_classes=4, verbose=True):
        super().__init__()
        self.fc = nn.Dense(feat_dim, num_classes)
        self.verbose = verbose

    def construct(self, clips):
        logits = self.fc(clips).mean(axis=0)
        probs = ops.softmax(logits, axis=-1)
        top = probs.max()
        if self.verbose:
            print(f"top clip prob = {top}")
        return probs


def make():
    np.random.seed(12)
    clips = Tensor(np.random.randn(4, 16).astype(np.float32))
    return ClipClassifier(), (clips,)
