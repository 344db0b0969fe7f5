# case: top-down estimator frees the multi-scale backbone features with `del` after the FPN-style neck fuses them, to save memory -> del statement inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelCfg:
    def __init__(self, widths=(8, 16), num_keypoints=17, neck_channels=16):
        self.widths = widths
        self.num_keypoints = num_keypoints
        self.neck_channels = neck_channels


class MultiScaleBackbone(nn.Cell):
    def __init__(self, widths):
        super().__init__()
        chans = (3,) + tuple(widths)
        self.stages = nn.CellList([nn.Conv2d(i, o, 3, stride=2, pad_mode="same") for i, o in zip(chans[:-1], chans[1:])])
        self.act = nn.ReLU()

    def construct(self, x):
        outs = ()
        for stage in self.stages:
            x = self.act(stage(x))
            outs = outs + (x,)
        return outs


class FuseNeck(nn.Cell):
    def __init__(self, widths, out_ch):
        super().__init__()
        self.lateral = nn.CellList([nn.Conv2d(c, out_ch, 1) for c in widths])

    def construct(self, feats):
        top = self.lateral[-1](feats[-1])
        low = self.lateral[0](feats[0])
        up = ops.interpolate(top, size=low.shape[2:], mode="nearest")
        return low + up


class TopdownWithNeck(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.backbone = MultiScaleBackbone(cfg.widths)
        self.neck = FuseNeck(cfg.widths, cfg.neck_channels)
        self.head = nn.Conv2d(cfg.neck_channels, cfg.num_keypoints, 1, has_bias=True)

    def construct(self, img):
        feats = self.backbone(img)
        fused = self.neck(feats)
        del feats
        return self.head(fused)


def make():
    np.random.seed(135)
    img = Tensor(np.random.randn(1, 3, 64, 48).astype(np.float32))
    return TopdownWithNeck(ModelCfg()), (img,)
