# case: BEV detection head returns a tuple whose length depends on output_dir/output_iou flags; a Det3DHeadOutput class exists for return_dict=True but the config keeps return_dict=False -> the class is never built; expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    in_channels = 16
    num_anchors = 2
    num_classes = 3
    code_size = 7
    use_direction_classifier = True
    output_iou = False
    return_dict = False


class Det3DHeadOutput:
    def __init__(self, cls_preds, box_preds, dir_preds=None):
        self.cls_preds = cls_preds
        self.box_preds = box_preds
        self.dir_preds = dir_preds


class AnchorHeadSingle(nn.Cell):
    def __init__(self, config):
        super().__init__()
        a = config.num_anchors
        self.use_dir = getattr(config, "use_direction_classifier", False)
        self.output_iou = getattr(config, "output_iou", False)
        self.return_dict = config.return_dict
        self.conv_cls = nn.Conv2d(config.in_channels, a * config.num_classes, 1, has_bias=True)
        self.conv_box = nn.Conv2d(config.in_channels, a * config.code_size, 1, has_bias=True)
        self.conv_dir = nn.Conv2d(config.in_channels, a * 2, 1, has_bias=True) if self.use_dir else None
        self.conv_iou = nn.Conv2d(config.in_channels, a, 1, has_bias=True) if self.output_iou else None

    def construct(self, bev):
        cls_preds = self.conv_cls(bev).transpose(0, 2, 3, 1)
        box_preds = self.conv_box(bev).transpose(0, 2, 3, 1)
        dir_preds = self.conv_dir(bev).transpose(0, 2, 3, 1) if self.conv_dir is not None else None
        if self.return_dict:
            return Det3DHeadOutput(cls_preds, box_preds, dir_preds)
        outputs = (cls_preds, box_preds)
        outputs = outputs + (dir_preds,) if self.use_dir else outputs
        if self.output_iou:
            outputs = outputs + (self.conv_iou(bev),)
        return outputs


def make():
    np.random.seed(3711)
    bev = Tensor(np.random.randn(1, 16, 10, 10).astype(np.float32))
    return AnchorHeadSingle(HeadConfig()), (bev,)
