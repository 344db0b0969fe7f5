# case: mastitis classifier logs the highest somatic cell count with an f-string of a tensor and print inside construct -> graph mode may reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MastitisClassifier(nn.Cell):
    def __init__(self, n_feats=5, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.net = nn.SequentialCell([nn.Dense(n_feats, 8), nn.ReLU(), nn.Dense(8, 2)])

    def construct(self, features, scc):
        worst = scc.max()
        if self.verbose:
            print(f"highest SCC in batch: {worst} k cells/mL")
        logits = self.net(features)
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(18)
    feats = np.random.randn(6, 5).astype(np.float32)
    scc = np.random.lognormal(4.8, 0.6, (6,)).astype(np.float32)
    return MastitisClassifier(), (Tensor(feats), Tensor(scc))
