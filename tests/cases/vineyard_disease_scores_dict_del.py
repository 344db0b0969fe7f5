# case: build a dict of per-disease leaf severity scores, delete the 'healthy' entry with del and return the remaining dict values summed -> dict mutation and del in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DISEASES = ("healthy", "downy_mildew", "powdery_mildew", "black_rot")


class SeverityHead(nn.Cell):
    def __init__(self, n_feat=16):
        super().__init__()
        self.fc = nn.Dense(n_feat, len(DISEASES))

    def construct(self, leaf_feats):
        probs = ops.softmax(self.fc(leaf_feats), axis=-1).mean(axis=0)
        scores = {}
        for i, name in enumerate(DISEASES):
            scores[name] = probs[i]
        del scores["healthy"]
        total = 0.0
        for name in scores:
            total = total + scores[name]
        return total


def make():
    np.random.seed(181)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    return SeverityHead(), (feats,)
