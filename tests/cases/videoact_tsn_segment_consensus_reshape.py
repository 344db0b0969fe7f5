# case: TSN segment consensus reshapes (B*S, C) backbone outputs using the static segment count and averages -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyFrameBackbone(nn.Cell):
    def __init__(self, in_ch=3, width=8):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, width, 3, stride=2, pad_mode="same")
        self.bn = nn.BatchNorm2d(width)

    def construct(self, x):
        return ops.relu(self.bn(self.conv(x))).mean(axis=(2, 3))


class TSN(nn.Cell):
    """Temporal Segment Network: one frame per segment, shared 2-D backbone, average consensus."""

    def __init__(self, num_segments=3, num_classes=5, consensus="avg"):
        super().__init__()
        self.num_segments = num_segments
        self.backbone = TinyFrameBackbone()
        self.fc = nn.Dense(8, num_classes)
        self.consensus = consensus

    def construct(self, x):
        # x: (B, S, C, H, W)
        b, s, c, h, w = x.shape
        feats = self.backbone(x.reshape(b * s, c, h, w))
        logits = self.fc(feats).reshape(b, self.num_segments, -1)
        if self.consensus == "max":
            return logits.max(axis=1)
        return logits.mean(axis=1)


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(2, 3, 3, 8, 8).astype(np.float32))
    net = TSN()
    net.set_train(False)
    return net, (x,)
