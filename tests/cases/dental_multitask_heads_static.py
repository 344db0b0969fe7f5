# case: multi-task dental network with backbone sub-Cell and separate caries / bone-loss / margin heads, static shapes -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class DentalMultiTask(nn.Cell):
    def __init__(self, width=8, num_caries_grades=4):
        super().__init__()
        self.backbone = nn.SequentialCell([ConvBlock(1, width), nn.MaxPool2d(2, 2), ConvBlock(width, width * 2)])
        self.caries_head = nn.Dense(width * 2, num_caries_grades)
        self.bone_head = nn.Dense(width * 2, 1)
        self.margin_head = nn.Conv2d(width * 2, 1, 1)

    def construct(self, roi):
        feat = self.backbone(roi)
        pooled = feat.mean(axis=(2, 3))
        caries = ops.softmax(self.caries_head(pooled), axis=-1)
        bone = ops.sigmoid(self.bone_head(pooled)).squeeze(-1)
        margin = ops.sigmoid(self.margin_head(feat))
        return caries, bone, margin


def make():
    np.random.seed(30)
    roi = np.random.rand(4, 1, 16, 16).astype(np.float32)
    net = DentalMultiTask()
    net.set_train(False)
    return net, (Tensor(roi),)
