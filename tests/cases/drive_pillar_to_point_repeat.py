# case: pillar-to-point feature decoration repeating each pillar feature by its per-pillar point count -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PillarPointDecorator(nn.Cell):
    def __init__(self, point_dim=4, pillar_dim=8, out_dim=16):
        super().__init__()
        self.pillar_enc = nn.Dense(point_dim, pillar_dim)
        self.fuse = nn.Dense(point_dim + pillar_dim, out_dim)

    def pillar_means(self, points, counts, num_pillars):
        pillar_ids = ops.repeat_interleave(ops.arange(num_pillars, dtype=ms.int32), counts, 0)
        sums = ops.unsorted_segment_sum(points, pillar_ids, num_pillars)
        return sums / counts.astype(ms.float32).expand_dims(-1), pillar_ids

    def construct(self, points, counts):
        num_pillars = counts.shape[0]
        means, pillar_ids = self.pillar_means(points, counts, num_pillars)
        pillar_feat = ops.relu(self.pillar_enc(means))
        per_point = ops.gather(pillar_feat, pillar_ids, 0)
        return self.fuse(ops.concat([points, per_point], axis=-1))


def make():
    np.random.seed(18)
    counts = np.array([3, 1, 4, 2], dtype=np.int32)
    pts = Tensor(np.random.randn(int(counts.sum()), 4).astype(np.float32))
    return PillarPointDecorator(), (pts, Tensor(counts))
