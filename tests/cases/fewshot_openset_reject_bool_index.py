# case: open-set classifier keeps only samples whose max softmax passes a threshold via boolean indexing -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureNet(nn.Cell):
    def __init__(self, in_dim=10, feat_dim=16):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, feat_dim)
        self.act = nn.GELU()

    def construct(self, x):
        return self.act(self.fc1(x))


class OpenSetRecognizer(nn.Cell):
    def __init__(self, in_dim=10, n_known=4, reject_threshold=0.4):
        super().__init__()
        self.features = FeatureNet(in_dim, 16)
        self.head = nn.Dense(16, n_known)
        self.reject_threshold = reject_threshold

    def accepted(self, feats, max_prob):
        keep = max_prob >= self.reject_threshold
        return feats[keep]

    def construct(self, x):
        feats = self.features(x)
        probs = ops.softmax(self.head(feats), axis=-1)
        max_prob = probs.max(axis=-1)
        known_feats = self.accepted(feats, max_prob)
        known_logits = self.head(known_feats)
        return known_logits.argmax(-1), max_prob


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(8, 10).astype(np.float32) * 2)
    return OpenSetRecognizer(), (x,)
