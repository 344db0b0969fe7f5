# case: print per-tooth caries scores and the worst tooth inside construct while debugging -> print is supported in Graph mode, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CariesDebugHead(nn.Cell):
    def __init__(self, feat_dim=16, verbose=True):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.verbose = verbose

    def construct(self, feats):
        scores = ops.sigmoid(self.fc(feats)).squeeze(-1)
        worst = ops.argmax(scores)
        if self.verbose:
            print("caries scores:", scores)
            print("worst tooth index:", worst)
        return scores, worst


def make():
    np.random.seed(19)
    feats = np.random.randn(8, 16).astype(np.float32)
    return CariesDebugHead(), (Tensor(feats),)
