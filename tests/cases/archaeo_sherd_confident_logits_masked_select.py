# case: sherd-photo classifier keeps only softmax probabilities above a confidence threshold via masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SherdFeatureHead(nn.Cell):
    def __init__(self, in_dim=32, num_wares=6):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, 16)
        self.act = nn.ReLU()
        self.fc2 = nn.Dense(16, num_wares)

    def construct(self, feats):
        return self.fc2(self.act(self.fc1(feats)))


class ConfidentSherdFilter(nn.Cell):
    def __init__(self, threshold=0.3):
        super().__init__()
        self.head = SherdFeatureHead()
        self.softmax = nn.Softmax(axis=-1)
        self.threshold = threshold

    def construct(self, feats):
        probs = self.softmax(self.head(feats))
        confident = probs > self.threshold
        kept = ops.masked_select(probs, confident)
        return kept.mean(), kept


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(8, 32).astype(np.float32))
    return ConfidentSherdFilter(), (feats,)
