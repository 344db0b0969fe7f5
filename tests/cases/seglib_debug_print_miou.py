# case: decode head with a debug flag defaulting to True that prints an f-string of the batch pixel accuracy computed via .asnumpy() inside construct -> asnumpy and f-string formatting of tensor data in construct (rejected in strict, maybe interpreted in lax)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    in_channels = 8
    num_classes = 4
    ignore_index = 255
    debug = True


class DebugMixin:
    def log_accuracy(self, seg_logit, seg_label):
        pred = seg_logit.argmax(axis=1).asnumpy()
        label = seg_label.asnumpy()
        valid = label != self.ignore_index
        acc = (pred[valid] == label[valid]).mean()
        print(f"[decode_head] pixel acc: {acc:.3f}")


class FCNHead(nn.Cell, DebugMixin):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.debug = getattr(config, "debug", False)
        self.conv = nn.Conv2d(config.in_channels, config.in_channels, 3, pad_mode="same")
        self.conv_seg = nn.Conv2d(config.in_channels, config.num_classes, 1, has_bias=True)

    def construct(self, feat, seg_label):
        seg_logit = self.conv_seg(ops.relu(self.conv(feat)))
        if self.debug:
            self.log_accuracy(seg_logit, seg_label)
        return ops.cross_entropy(seg_logit, seg_label, ignore_index=self.ignore_index)


def make():
    np.random.seed(3472)
    feat = Tensor(np.random.randn(2, 8, 12, 12).astype(np.float32))
    label = np.random.randint(0, 4, (2, 12, 12)).astype(np.int32)
    label[:, 0] = 255
    return FCNHead(HeadConfig()), (feat, Tensor(label))
