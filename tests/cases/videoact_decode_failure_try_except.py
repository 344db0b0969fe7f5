# case: clip head guards the temporal reshape with try/except and falls back to global pooling -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentConsensusHead(nn.Cell):
    """TSN consensus: (B*S, C) backbone outputs reshaped to (B, S, C) and averaged."""

    def __init__(self, feat_dim=16, num_segments=4, num_classes=5):
        super().__init__()
        self.num_segments = num_segments
        self.fc = nn.Dense(feat_dim, num_classes)
        self.dropout = nn.Dropout(p=0.3)

    def consensus(self, x):
        try:
            x = x.reshape(-1, self.num_segments, x.shape[-1])
            return x.mean(axis=1)
        except ValueError:
            return x.mean(axis=0, keep_dims=True)

    def construct(self, feats):
        logits = self.fc(self.dropout(feats))
        return self.consensus(logits)


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    net = SegmentConsensusHead()
    net.set_train(False)
    return net, (feats,)
