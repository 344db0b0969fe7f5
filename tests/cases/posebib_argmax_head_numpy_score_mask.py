# case: top-down heatmap head whose argmax decoder zeroes low-confidence keypoints through a NumPy helper (asnumpy) -> Graph mode rejects asnumpy on a traced tensor
from dataclasses import dataclass

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class HeatmapHeadConfig:
    in_channels: int = 32
    deconv_channels: int = 32
    num_keypoints: int = 17
    score_thr: float = 0.3
    decoder: str = "argmax"


def _visible_mask_np(scores, thr):
    # legacy MMPose-style post-processing helper, kept for parity with the PyTorch code
    s = scores.asnumpy()
    return Tensor((s > thr).astype(np.float32))


class HeatmapHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.deconv = nn.Conv2dTranspose(config.in_channels, config.deconv_channels, 4, stride=2, pad_mode="same")
        self.act = nn.ReLU()
        self.final_layer = nn.Conv2d(config.deconv_channels, config.num_keypoints, 1, has_bias=True)
        self.score_thr = config.score_thr
        self.decoder = config.decoder

    def _decode_argmax(self, heatmaps):
        b, k, h, w = heatmaps.shape
        flat = heatmaps.reshape(b, k, h * w)
        idx = flat.argmax(-1)
        scores = ops.amax(flat, -1)
        xs = (idx % w).astype(ms.float32)
        ys = (idx // w).astype(ms.float32)
        coords = ops.stack((xs, ys), axis=-1)
        return coords, scores

    def construct(self, feats):
        heatmaps = self.final_layer(self.act(self.deconv(feats)))
        coords, scores = self._decode_argmax(heatmaps)
        if self.score_thr > 0:
            mask = _visible_mask_np(scores, self.score_thr)
            coords = coords * mask[..., None]
        return heatmaps, coords, scores


def make():
    np.random.seed(101)
    feats = Tensor(np.random.randn(2, 32, 16, 12).astype(np.float32))
    return HeatmapHead(HeatmapHeadConfig()), (feats,)
