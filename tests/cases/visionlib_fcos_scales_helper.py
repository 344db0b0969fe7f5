# case: FCOS head creates one learnable Scale Parameter per FPN level in a helper called by __init__ and applies them while enumerating the shared towers over levels -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FCOSConfig:
    in_channels = 16
    num_classes = 4
    strides = (8, 16, 32)
    norm_on_bbox = True
    centerness_on_reg = True


class FCOSHead(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.strides = cfg.strides
        self.norm_on_bbox = cfg.norm_on_bbox
        self.centerness_on_reg = getattr(cfg, "centerness_on_reg", False)
        self.cls_tower = nn.Conv2d(cfg.in_channels, cfg.in_channels, 3, pad_mode="same")
        self.reg_tower = nn.Conv2d(cfg.in_channels, cfg.in_channels, 3, pad_mode="same")
        self.fcos_cls = nn.Conv2d(cfg.in_channels, cfg.num_classes, 3, pad_mode="same")
        self.fcos_reg = nn.Conv2d(cfg.in_channels, 4, 3, pad_mode="same")
        self.fcos_ctr = nn.Conv2d(cfg.in_channels, 1, 3, pad_mode="same")
        self._init_scales(len(cfg.strides))

    def _init_scales(self, num_levels):
        self.scales = ms.ParameterTuple(
            [Parameter(Tensor(1.0, ms.float32), name=f"scale_{i}") for i in range(num_levels)])

    def forward_single(self, x, scale, stride):
        cls_feat = ops.relu(self.cls_tower(x))
        reg_feat = ops.relu(self.reg_tower(x))
        bbox_pred = self.fcos_reg(reg_feat) * scale
        if self.norm_on_bbox:
            bbox_pred = ops.relu(bbox_pred) * stride
        else:
            bbox_pred = ops.exp(bbox_pred)
        ctr = self.fcos_ctr(reg_feat if self.centerness_on_reg else cls_feat)
        return self.fcos_cls(cls_feat), bbox_pred, ctr

    def construct(self, feats):
        outs = [self.forward_single(f, self.scales[i], self.strides[i]) for i, f in enumerate(feats)]
        return tuple(o[0] for o in outs), tuple(o[1] for o in outs), tuple(o[2] for o in outs)


def make():
    np.random.seed(3359)
    feats = tuple(Tensor(np.random.randn(1, 16, s, s).astype(np.float32)) for s in (16, 8, 4))
    return FCOSHead(FCOSConfig()), (feats,)
