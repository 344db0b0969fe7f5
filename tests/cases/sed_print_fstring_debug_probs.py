# case: debugging print of an f-string that formats the max clip probability tensor inside construct of a tagging head -> Graph mode may fail or print a placeholder
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseTagger(nn.Cell):
    def __init__(self, in_dim=12, n_classes=5, verbose=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)
        self.verbose = verbose

    def construct(self, feats):
        frame_probs = ops.sigmoid(self.fc(feats))
        clip = frame_probs.max(axis=1)
        if self.verbose:
            print(f"clip max prob = {clip.max()}, mean = {clip.mean()}")
        return clip


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(2, 10, 12).astype(np.float32))
    return VerboseTagger(), (feats,)
