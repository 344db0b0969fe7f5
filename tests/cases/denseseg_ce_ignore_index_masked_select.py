# case: seg head upsampled to label size, CE over non-ignored pixels selected by masked_select/boolean index -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegHead(nn.Cell):
    def __init__(self, in_channels=8, num_classes=5, align_corners=False):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, in_channels, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.cls = nn.Conv2d(in_channels, num_classes, 1)
        self.align_corners = align_corners

    def construct(self, feats, size):
        x = self.relu(self.conv(feats))
        x = self.cls(x)
        return ops.interpolate(x, size=size, mode="bilinear", align_corners=self.align_corners)


class SegWithLoss(nn.Cell):
    def __init__(self, num_classes=5, ignore_index=255):
        super().__init__()
        self.head = SegHead(num_classes=num_classes)
        self.num_classes = num_classes
        self.ignore_index = ignore_index

    def _valid_pixels(self, logits, labels):
        flat_logits = logits.transpose(0, 2, 3, 1).reshape(-1, self.num_classes)
        flat_labels = labels.reshape(-1)
        valid = flat_labels != self.ignore_index
        return flat_logits[valid], ops.masked_select(flat_labels, valid)

    def construct(self, feats, labels):
        logits = self.head(feats, labels.shape[-2:])
        logits_v, labels_v = self._valid_pixels(logits, labels)
        return ops.cross_entropy(logits_v, labels_v)


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    labels = np.random.randint(0, 5, size=(2, 16, 16)).astype(np.int32)
    labels[:, :3, :] = 255
    return SegWithLoss(), (feats, Tensor(labels))
