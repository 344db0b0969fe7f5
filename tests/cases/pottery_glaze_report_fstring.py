# case: build an f-string report of the glaze defect probabilities and print it inside construct -> f-string/print of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFECTS = ("crawling", "pinholing", "crazing", "shivering")


class GlazeInspector(nn.Cell):
    def __init__(self, feat_dim=8, verbose=True):
        super().__init__()
        self.fc = nn.Dense(feat_dim, len(DEFECTS))
        self.verbose = verbose

    def construct(self, feats):
        probs = ops.softmax(self.fc(feats), axis=-1)
        worst = probs.mean(axis=0).argmax()
        if self.verbose:
            msg = f"worst defect index {worst}, max prob {probs.max()}"
            print(msg)
        return probs


def make():
    np.random.seed(19)
    feats = np.random.rand(5, 8).astype(np.float32)
    return GlazeInspector(), (Tensor(feats),)
