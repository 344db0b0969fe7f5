# case: action-segment pooling averages frame features per segment id, number of segments taken from ops.unique on the id track -> unique output size is data-dependent, dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPoolConfig:
    def __init__(self, feat_dim=16, normalize=True):
        self.feat_dim = feat_dim
        self.normalize = normalize


class SegmentAveragePool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.feat_dim, config.feat_dim)
        self.normalize = config.normalize

    def _segment_mean(self, feats, seg_ids):
        uniq, inverse = ops.unique(seg_ids)
        num_segments = uniq.shape[0]
        sums = ops.unsorted_segment_sum(feats, inverse, num_segments)
        counts = ops.unsorted_segment_sum(ops.ones_like(feats[:, :1]), inverse, num_segments)
        return sums / counts

    def construct(self, frame_feats, segment_ids):
        h = self.proj(frame_feats)
        seg = self._segment_mean(h, segment_ids)
        if self.normalize:
            seg = seg / ops.norm(seg, dim=-1, keepdim=True).clip(1e-6, None)
        return seg


def make():
    np.random.seed(115)
    feats = Tensor(np.random.randn(12, 16).astype(np.float32))
    seg_ids = Tensor(np.array([0, 0, 0, 2, 2, 5, 5, 5, 5, 7, 7, 7], dtype=np.int32))
    return SegmentAveragePool(SegmentPoolConfig()), (feats, seg_ids)
