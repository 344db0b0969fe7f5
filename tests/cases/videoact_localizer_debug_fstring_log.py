# case: localization head logs the best start/end score with an f-string format spec on tensors inside construct -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StartEndHead(nn.Cell):
    """BSN-style temporal evaluation module: start, end and actionness probabilities per snippet."""

    def __init__(self, feat_dim=16, hidden=8, verbose=True):
        super().__init__()
        self.conv1 = nn.Conv1d(feat_dim, hidden, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv1d(hidden, 3, 1, has_bias=True)
        self.verbose = verbose

    def log_peaks(self, start, end):
        best_s = start.max()
        best_e = end.max()
        print(f"peak start={best_s.asnumpy().item():.3f} end={best_e.asnumpy().item():.3f}")

    def construct(self, feats):
        # feats: (B, C, T)
        h = ops.relu(self.conv1(feats))
        probs = ops.sigmoid(self.conv2(h))
        start, end, actionness = probs[:, 0], probs[:, 1], probs[:, 2]
        if self.verbose:
            self.log_peaks(start, end)
        return start, end, actionness


def make():
    np.random.seed(19)
    feats = Tensor(np.random.randn(2, 16, 10).astype(np.float32))
    return StartEndHead(), (feats,)
