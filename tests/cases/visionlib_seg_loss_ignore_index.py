# case: semantic segmentation decode head computes cross-entropy only over pixels whose label is not ignore_index, selecting them with a boolean mask -> dynamic shape from boolean indexing
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
        logits, labels = logits[valid], labels[valid]
        return ops.cross_entropy(logits, labels) * self.loss_weight

    def construct(self, feats, seg_label=None):
        seg_logits = self.conv_seg(feats)
        if seg_label is None:
            return seg_logits
        return self.losses(seg_logits, seg_label)


def make():
    np.random.seed(3375)
    feats = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    label = np.random.randint(0, 5, size=(2, 8, 8))
    label[:, :2, :] = 255
    return FCNDecodeHead(DecodeHeadConfig()), (feats, Tensor(label.astype(np.int32)))
