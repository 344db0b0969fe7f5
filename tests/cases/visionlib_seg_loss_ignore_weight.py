# case: semantic segmentation decode head masks ignore_index pixels by weighting per-pixel cross-entropy with a float mask and remapping ignored labels to 0 via ops.where -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecodeHeadConfig:
    in_channels = 16
    num_classes = 5
    ignore_index = 255
    align_corners = False
    loss_weight = 1.0


class FCNDecodeHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.ignore_index = config.ignore_index
        self.loss_weight = getattr(config, "loss_weight", 1.0)
        self.conv_seg = nn.Conv2d(config.in_channels, config.num_classes, 1)

    def losses(self, seg_logits, seg_label):
        n, c, h, w = seg_logits.shape
        logits = seg_logits.transpose(0, 2, 3, 1).reshape(-1, c)
        labels = seg_label.reshape(-1)
        valid = labels != self.ignore_index
        safe_labels = ops.where(valid, labels, ops.zeros_like(labels))
        per_pixel = ops.cross_entropy(logits, safe_labels, reduction="none")
        weight = valid.astype(per_pixel.dtype)
        return (per_pixel * weight).sum() / ops.maximum(weight.sum(), 1.0) * self.loss_weight

    def construct(self, feats, seg_label=None):
        seg_logits = self.conv_seg(feats)
        if seg_label is None:
            return seg_logits
        return self.losses(seg_logits, seg_label)


def make():
    np.random.seed(3376)
    feats = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    label = np.random.randint(0, 5, size=(2, 8, 8))
    label[:, :2, :] = 255
    return FCNDecodeHead(DecodeHeadConfig()), (feats, Tensor(label.astype(np.int32)))
