# case: clip-level classification head averaging logits over num_crops x num_clips test views, view counts from the config -> static reshape with python ints, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, in_channels=16, num_classes=10, test_mode="three_crop", num_clips=2, dropout=0.5):
        self.in_channels = in_channels
        self.num_classes = num_classes
        self.test_mode = test_mode
        self.num_clips = num_clips
        self.dropout = dropout


CROPS_PER_MODE = {"center_crop": 1, "three_crop": 3, "ten_crop": 10}


class ClipHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = ops.AdaptiveAvgPool3D((1, 1, 1))
        self.dropout = nn.Dropout(p=config.dropout)
        self.fc = nn.Dense(config.in_channels, config.num_classes)
        self.num_views = CROPS_PER_MODE[config.test_mode] * config.num_clips
        self.average_views = config.test_mode != "center_crop"

    def construct(self, feats):
        x = self.pool(feats).reshape(feats.shape[0], -1)
        if self.training:
            x = self.dropout(x)
        logits = self.fc(x)
        if not self.training and self.average_views:
            logits = logits.reshape(-1, self.num_views, logits.shape[-1])
            logits = ops.softmax(logits, axis=-1).mean(axis=1)
        return logits


def make():
    np.random.seed(110)
    head = ClipHead(HeadConfig())
    head.set_train(False)
    feats = Tensor(np.random.randn(12, 16, 2, 4, 4).astype(np.float32))
    return head, (feats,)
