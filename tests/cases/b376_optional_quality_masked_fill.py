# case: gallery matcher takes an Optional validity mask, suppresses padded gallery slots with ops.masked_fill and picks the best match with argmax -> fixed-shape masking, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class MatchConfig:
    accept_thresh = 0.4
    invalid_score = -2.0


class GalleryMatcher(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.accept_thresh = config.accept_thresh
        self.invalid_score = config.invalid_score
        self.l2 = ops.L2Normalize(axis=-1)

    def construct(self, probes, gallery, gallery_valid: Optional[Tensor] = None):
        scores = ops.matmul(self.l2(probes), self.l2(gallery).T)
        if gallery_valid is not None:
            scores = ops.masked_fill(scores, ops.logical_not(gallery_valid).reshape(1, -1), self.invalid_score)
        best = scores.max(axis=1)
        idx = scores.argmax(axis=1)
        accepted = best > self.accept_thresh
        return ops.select(accepted, idx, ops.full_like(idx, -1)), best


def make():
    np.random.seed(37639)
    gallery = np.random.randn(8, 16).astype(np.float32)
    probes = (gallery[[1, 5, 6]] + 0.3 * np.random.randn(3, 16)).astype(np.float32)
    valid = np.array([1, 1, 1, 1, 1, 1, 0, 0], dtype=bool)
    return GalleryMatcher(MatchConfig()), (Tensor(probes), Tensor(gallery), Tensor(valid))
