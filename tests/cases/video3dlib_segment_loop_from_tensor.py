# case: TSN-style consensus loops over num_segments read from a per-batch tensor, stacking one pooled feature per segment -> for-loop count from tensor value, list grown in loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TSNConfig:
    def __init__(self, feat_dim=16, num_classes=6, consensus="avg"):
        self.feat_dim = feat_dim
        self.num_classes = num_classes
        self.consensus = consensus


class SegmentConsensusHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.feat_dim, config.num_classes)
        self.consensus = config.consensus

    def _split_segments(self, frame_feats, num_segments):
        seg_len = frame_feats.shape[0] // num_segments
        segments = []
        for s in range(num_segments):
            segments.append(frame_feats[s * seg_len:(s + 1) * seg_len].mean(axis=0))
        return ops.stack(segments)

    def construct(self, frame_feats, num_segments):
        n = int(num_segments)
        seg_feats = self._split_segments(frame_feats, n)
        logits = self.fc(seg_feats)
        if self.consensus == "avg":
            return logits.mean(axis=0)
        return logits.max(axis=0)


def make():
    np.random.seed(125)
    feats = Tensor(np.random.randn(12, 16).astype(np.float32))
    return SegmentConsensusHead(TSNConfig()), (feats, Tensor(3, ms.int32))
