# case: associative-embedding decoder finds keypoint peaks by max-pool NMS and lists their coordinates with ops.nonzero before reading the tag values -> output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AEDecodeConfig:
    nms_kernel = 5
    detection_threshold = 0.1
    tag_per_keypoint = True


class AssociativeEmbeddingDecoder(nn.Cell):
    def __init__(self, config=AEDecodeConfig):
        super().__init__()
        self.nms_kernel = config.nms_kernel
        self.det_thr = config.detection_threshold
        self.tag_per_keypoint = config.tag_per_keypoint
        self.pool = nn.MaxPool2d(self.nms_kernel, 1, pad_mode="same")

    def _peaks(self, heatmaps):
        is_peak = ops.logical_and(self.pool(heatmaps) == heatmaps, heatmaps > self.det_thr)
        return ops.nonzero(is_peak)

    def construct(self, heatmaps, tags):
        heatmaps = ops.sigmoid(heatmaps)
        locs = self._peaks(heatmaps)             # (N, 4): b, k, y, x
        b_idx, k_idx, ys, xs = locs[:, 0], locs[:, 1], locs[:, 2], locs[:, 3]
        if not self.tag_per_keypoint:
            k_idx = ops.zeros_like(k_idx)
        flat_idx = ((b_idx * tags.shape[1] + k_idx) * tags.shape[2] + ys) * tags.shape[3] + xs
        tag_vals = ops.gather(tags.reshape(-1), flat_idx, 0)
        vals = ops.gather(heatmaps.reshape(-1), flat_idx, 0)
        return ops.stack((xs.astype(ms.float32), ys.astype(ms.float32), vals, tag_vals), -1)


def make():
    np.random.seed(113)
    hm = Tensor(np.random.randn(1, 17, 32, 32).astype(np.float32))
    tags = Tensor(np.random.randn(1, 17, 32, 32).astype(np.float32))
    return AssociativeEmbeddingDecoder(), (hm, tags)
