# case: VSR reconstruction head whose residual/bicubic-skip behaviour is selected by Python bool constructor flags -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReconHead(nn.Cell):
    def __init__(self, mid=8, scale=2, use_skip=True, clamp_output=False):
        super().__init__()
        self.scale = scale
        self.use_skip = use_skip
        self.clamp_output = clamp_output
        self.conv = nn.Conv2d(mid, 3 * scale * scale, 3, pad_mode="same")
        self.ps = nn.PixelShuffle(scale)

    def construct(self, feat, lr):
        out = self.ps(self.conv(feat))
        if self.use_skip:
            h, w = lr.shape[2], lr.shape[3]
            out = out + ops.interpolate(lr, size=(h * self.scale, w * self.scale),
                                        mode="bilinear", align_corners=False)
        if self.clamp_output:
            out = ops.clamp(out, 0.0, 1.0)
        return out


def make():
    np.random.seed(31)
    feat = Tensor(np.random.rand(2, 8, 5, 7).astype(np.float32))
    lr = Tensor(np.random.rand(2, 3, 5, 7).astype(np.float32))
    return ReconHead(clamp_output=True), (feat, lr)
