# case: inpainting output blends restored and original pixels with ops.select on an optional degradation mask (three-argument select), falls back to the restored image when no mask is given -> elementwise select, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlendConfig:
    def __init__(self, num_feat=8, threshold=0.5, clamp_output=True):
        self.num_feat = num_feat
        self.threshold = threshold
        self.clamp_output = clamp_output


class MaskedInpainter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.net = nn.SequentialCell([nn.Conv2d(4, config.num_feat, 3, pad_mode="same", has_bias=True), nn.ReLU(),
                                      nn.Conv2d(config.num_feat, 3, 3, pad_mode="same", has_bias=True)])
        self.threshold = config.threshold
        self.clamp_output = config.clamp_output

    def _blend(self, restored, img, mask):
        if mask is None:
            return restored
        hole = (mask > self.threshold).broadcast_to(img.shape)
        return ops.select(hole, restored, img)

    def construct(self, img, mask=None):
        m = ops.zeros_like(img[:, :1]) if mask is None else mask
        restored = self.net(ops.concat((img * (1 - m), m), axis=1))
        out = self._blend(restored, img, mask)
        return ops.clamp(out, 0.0, 1.0) if self.clamp_output else out


def make():
    np.random.seed(40)
    img = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    mask = Tensor((np.random.rand(2, 1, 8, 8) > 0.7).astype(np.float32))
    return MaskedInpainter(BlendConfig()), (img, mask)
