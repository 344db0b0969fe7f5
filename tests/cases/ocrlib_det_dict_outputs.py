# case: PSE/DB-style detection model returning a dict of maps whose keys depend on config flags (binary map only when training), assembled with constant string keys -> compiles statically (dict outputs supported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetModelConfig:
    def __init__(self, in_channels=3, inner=8, return_thresh=True, k=50):
        self.in_channels = in_channels
        self.inner = inner
        self.return_thresh = return_thresh
        self.k = k


class MapHead(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.conv = nn.Conv2d(ch, 1, 3)

    def construct(self, x):
        return ops.sigmoid(self.conv(x))


class DictDetector(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.backbone = nn.SequentialCell([nn.Conv2d(cfg.in_channels, cfg.inner, 3), nn.ReLU()])
        self.heads = nn.CellList([MapHead(cfg.inner) for _ in range(2)])
        self.names = ("maps", "thresh")
        self.return_thresh = cfg.return_thresh
        self.k = cfg.k

    def construct(self, images):
        feat = self.backbone(images)
        preds = {}
        for name, head in zip(self.names, self.heads):
            if name == "thresh" and not self.return_thresh:
                continue
            preds[name] = head(feat)
        if self.training:
            preds["binary"] = ops.sigmoid(self.k * (preds["maps"] - preds["thresh"]))
        return preds


def make():
    np.random.seed(46)
    imgs = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    net = DictDetector(DetModelConfig())
    net.set_train(False)
    return net, (imgs,)
