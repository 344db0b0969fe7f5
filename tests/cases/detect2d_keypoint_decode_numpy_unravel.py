# case: keypoint decoding that pulls heatmaps to host with .asnumpy() and uses np.unravel_index -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeypointDecoder(nn.Cell):
    def __init__(self, num_keypoints=4, heatmap_size=12):
        super().__init__()
        self.num_keypoints = num_keypoints
        self.heatmap_size = heatmap_size
        self.head = nn.Conv2d(6, num_keypoints, 3, pad_mode="same")

    def peak_locations(self, heatmaps):
        n, k = heatmaps.shape[0], heatmaps.shape[1]
        flat = heatmaps.reshape(n, k, -1)
        idx = flat.argmax(axis=-1)
        idx_np = idx.asnumpy()
        ys, xs = np.unravel_index(idx_np, (self.heatmap_size, self.heatmap_size))
        coords = np.stack([xs, ys], axis=-1).astype(np.float32)
        return Tensor(coords)

    def construct(self, feats, rois):
        heatmaps = self.head(feats)
        coords = self.peak_locations(heatmaps)
        scale = (rois[:, 2:] - rois[:, :2]) / self.heatmap_size
        return rois[:, None, :2] + coords * scale[:, None, :]


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(3, 6, 12, 12).astype(np.float32))
    xy = np.random.rand(3, 2).astype(np.float32) * 40
    rois = Tensor(np.concatenate([xy, xy + 24], axis=1))
    return KeypointDecoder(), (feats, rois)
