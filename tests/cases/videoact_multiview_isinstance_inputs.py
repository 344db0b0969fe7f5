# case: multi-view tester accepts a single clip tensor or a tuple of clips, dispatching with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipEncoder(nn.Cell):
    def __init__(self, feat_dim=10, hidden=8):
        super().__init__()
        self.fc = nn.Dense(feat_dim, hidden)

    def construct(self, clip):
        return ops.relu(self.fc(clip)).max(axis=1)


class MultiViewClassifier(nn.Cell):
    """Averages predictions from several temporal crops (views) of the same video."""

    def __init__(self, num_classes=3, aggregate="mean"):
        super().__init__()
        self.encoder = ClipEncoder()
        self.cls = nn.Dense(8, num_classes)
        self.aggregate = aggregate

    def score(self, clip):
        return ops.softmax(self.cls(self.encoder(clip)), axis=-1)

    def construct(self, clips):
        if isinstance(clips, (tuple, list)):
            scores = ops.stack([self.score(c) for c in clips], axis=0)
            if self.aggregate == "max":
                return scores.max(axis=0)
            return scores.mean(axis=0)
        return self.score(clips)


def make():
    np.random.seed(30)
    views = tuple(Tensor(np.random.randn(2, 4, 10).astype(np.float32)) for _ in range(3))
    return MultiViewClassifier(), (views,)
