# case: count distinct body-part labels present on visible vertices with ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PartCoverage(nn.Cell):
    """Fraction of body parts that have at least one visible vertex."""

    def __init__(self, num_parts=24):
        super().__init__()
        self.num_parts = num_parts

    def construct(self, part_labels, visibility):
        # part_labels: (V,) int32, visibility: (V,) float 0/1
        vis_labels = part_labels * visibility.astype(ms.int32) - (1 - visibility.astype(ms.int32))
        parts, _ = ops.unique(vis_labels)
        n_seen = (parts >= 0).astype(ms.float32).sum()
        return n_seen / self.num_parts


def make():
    np.random.seed(0)
    labels = Tensor(np.random.randint(0, 24, size=(40,)).astype(np.int32))
    vis = Tensor((np.random.rand(40) > 0.4).astype(np.float32))
    return PartCoverage(), (labels, vis)
