# case: BTS/AdaBins scale-invariant log loss on valid depth pixels selected by boolean mask indexing -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthDecoder(nn.Cell):
    def __init__(self, in_ch=8, max_depth=10.0):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, 1, 3, pad_mode="same")
        self.sigmoid = nn.Sigmoid()
        self.max_depth = max_depth

    def construct(self, feats, out_hw):
        d = self.sigmoid(self.conv(feats)) * self.max_depth
        return ops.interpolate(d, size=out_hw, mode="bilinear", align_corners=True)


class SILogLoss(nn.Cell):
    def __init__(self, variance_focus=0.85, min_depth=1e-3, scale=10.0):
        super().__init__()
        self.variance_focus = variance_focus
        self.min_depth = min_depth
        self.scale = scale

    def construct(self, pred, gt):
        valid = gt > self.min_depth
        d = ops.log(pred[valid] + 1e-6) - ops.log(gt[valid])
        return ops.sqrt((d ** 2).mean() - self.variance_focus * d.mean() ** 2) * self.scale


class DepthModel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.decoder = DepthDecoder()
        self.criterion = SILogLoss()

    def construct(self, feats, gt):
        pred = self.decoder(feats, gt.shape[-2:])
        return self.criterion(pred, gt)


def make():
    np.random.seed(13)
    feats = Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32))
    gt = np.random.uniform(0.5, 8.0, size=(2, 1, 12, 12)).astype(np.float32)
    gt[:, :, :3] = 0.0
    return DepthModel(), (feats, Tensor(gt))
