# case: crown margin segmentation with a config threshold and a dice score, all tensor ops -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginConfig:
    channels = 8
    threshold = 0.55
    smooth = 1.0


class CrownMarginNet(nn.Cell):
    def __init__(self, cfg=MarginConfig()):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv2d(1, cfg.channels, 3, pad_mode="same"), nn.BatchNorm2d(cfg.channels), nn.ReLU(),
            nn.Conv2d(cfg.channels, 1, 1),
        ])
        self.threshold = cfg.threshold
        self.smooth = cfg.smooth

    def dice(self, pred, target):
        inter = (pred * target).sum()
        return (2 * inter + self.smooth) / (pred.sum() + target.sum() + self.smooth)

    def construct(self, scan, gt_margin):
        prob = ops.sigmoid(self.body(scan))
        pred = (prob > self.threshold).astype(ms.float32)
        return pred, self.dice(pred, gt_margin)


def make():
    np.random.seed(10)
    scan = np.random.rand(2, 1, 24, 24).astype(np.float32)
    gt = (np.random.rand(2, 1, 24, 24) > 0.8).astype(np.float32)
    net = CrownMarginNet()
    net.set_train(False)
    return net, (Tensor(scan), Tensor(gt))
