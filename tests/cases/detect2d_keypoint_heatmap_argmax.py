# case: keypoint head that decodes per-RoI heatmaps with argmax and maps back into box coordinates -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeypointHead(nn.Cell):
    def __init__(self, in_channels=8, num_keypoints=5, use_deconv=False):
        super().__init__()
        self.num_keypoints = num_keypoints
        self.conv = nn.Conv2d(in_channels, in_channels, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.use_deconv = use_deconv
        self.predictor = nn.Conv2d(in_channels, num_keypoints, 1)

    def heatmaps_to_keypoints(self, heatmaps, rois):
        n, k, h, w = heatmaps.shape
        flat = heatmaps.reshape(n, k, h * w)
        scores, pos = ops.max(flat, axis=-1)
        ys = (pos // w).astype(ms.float32) + 0.5
        xs = (pos % w).astype(ms.float32) + 0.5
        bw = (rois[:, 2] - rois[:, 0]).view(-1, 1)
        bh = (rois[:, 3] - rois[:, 1]).view(-1, 1)
        px = rois[:, 0:1] + xs / w * bw
        py = rois[:, 1:2] + ys / h * bh
        return ops.stack([px, py, scores], axis=-1)

    def construct(self, roi_feats, rois):
        x = self.relu(self.conv(roi_feats))
        heatmaps = self.predictor(x)
        if self.use_deconv:
            heatmaps = ops.interpolate(heatmaps, scale_factor=2.0, mode="bilinear")
        return self.heatmaps_to_keypoints(heatmaps, rois)


def make():
    np.random.seed(13)
    feats = Tensor(np.random.randn(4, 8, 14, 14).astype(np.float32))
    xy = np.random.rand(4, 2).astype(np.float32) * 50
    rois = Tensor(np.concatenate([xy, xy + 30], axis=1))
    return KeypointHead(), (feats, rois)
