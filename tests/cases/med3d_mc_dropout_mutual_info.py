# case: Monte-Carlo dropout with a fixed number of stochastic passes returning mean prediction, predictive entropy and mutual information -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def entropy(p, axis, eps=1e-8):
    return -(p * ops.log(p + eps)).sum(axis=axis)


class MCDropoutSegmenter(nn.Cell):
    def __init__(self, in_ch=1, num_classes=3, drop_rate=0.25, n_samples=5):
        super().__init__()
        self.features = nn.SequentialCell([
            nn.Conv3d(in_ch, 6, 3, pad_mode="same", has_bias=True),
            nn.GroupNorm(2, 6),
            nn.ReLU(),
        ])
        self.dropout = nn.Dropout(p=drop_rate)
        self.dropout.set_train(True)  # keep dropout active at inference
        self.classifier = nn.Conv3d(6, num_classes, 1, has_bias=True)
        self.n_samples = n_samples

    def construct(self, x):
        feats = self.features(x)
        probs = []
        for _ in range(self.n_samples):
            probs.append(ops.softmax(self.classifier(self.dropout(feats)), axis=1))
        probs = ops.stack(probs, axis=0)
        mean = probs.mean(axis=0)
        pred_entropy = entropy(mean, axis=1)
        expected_entropy = entropy(probs, axis=2).mean(axis=0)
        return mean, pred_entropy, pred_entropy - expected_entropy


def make():
    np.random.seed(0)
    x = Tensor(np.random.rand(1, 1, 6, 6, 6).astype(np.float32))
    return MCDropoutSegmenter(), (x,)
