# case: text detector pools per-instance scores with unsorted_segment_sum whose num_segments is read from the label map -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InstanceScorePooling(nn.Cell):
    def __init__(self, in_channels=4, min_area=2):
        super().__init__()
        self.score_conv = nn.Conv2d(in_channels, 1, 1, has_bias=True)
        self.min_area = min_area

    def _pool(self, values, labels, num_instances):
        sums = ops.unsorted_segment_sum(values, labels, num_instances)
        counts = ops.unsorted_segment_sum(ops.ones_like(values), labels, num_instances)
        return sums, counts

    def construct(self, feats, instance_map):
        # instance_map: (H, W) int32 connected-component labels, 0 = background
        prob = ops.sigmoid(self.score_conv(feats))[0, 0].reshape(-1)
        labels = instance_map.reshape(-1)
        num_instances = labels.max() + 1
        sums, counts = self._pool(prob, labels, num_instances)
        mean_scores = sums / ops.maximum(counts, 1.0)
        keep = counts >= self.min_area
        return ops.where(keep, mean_scores, ops.zeros_like(mean_scores))[1:]


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    inst = np.zeros((8, 8), np.int32)
    inst[1:3, 1:5] = 1
    inst[5:7, 2:7] = 2
    inst[4, 0] = 3
    return InstanceScorePooling(), (feats, Tensor(inst))
